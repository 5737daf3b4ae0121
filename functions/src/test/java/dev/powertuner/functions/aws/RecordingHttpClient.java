package dev.powertuner.functions.aws;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An HTTP client that sends nothing: records each signed request and answers 200 with a GetFunctionConfiguration (or
 * Invoke) body, so tests can read which credentials signed which call.
 */
final class RecordingHttpClient implements SdkHttpClient {

    private final List<SdkHttpRequest> requests = new ArrayList<>();

    synchronized List<SdkHttpRequest> requests() {
        return List.copyOf(requests);
    }

    /** The access key id in a request's SigV4 Authorization header. */
    static String accessKeyOf(SdkHttpRequest request) {
        String authorization = request.firstMatchingHeader("Authorization").orElse("");
        int start = authorization.indexOf("Credential=") + "Credential=".length();
        return authorization.substring(start, authorization.indexOf('/', start));
    }

    static String tokenOf(SdkHttpRequest request) {
        return request.firstMatchingHeader("X-Amz-Security-Token").orElse(null);
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        synchronized (this) {
            requests.add(request.httpRequest());
        }
        boolean invoke = request.httpRequest().encodedPath().endsWith("/invocations");
        String body = invoke ? "{\"ok\":true}"
                : "{\"FunctionArn\":\"arn:aws:lambda:us-east-1:222222222222:function:target\",\"Version\":\"$LATEST\","
                        + "\"MemorySize\":512,\"State\":\"Active\",\"LastUpdateStatus\":\"Successful\"}";
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() {
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                return HttpExecuteResponse.builder()
                        .response(SdkHttpResponse.builder().statusCode(200)
                                .putHeader("Content-Length", String.valueOf(bytes.length)).build())
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(bytes)))
                        .build();
            }

            @Override
            public void abort() {
                // nothing in flight
            }
        };
    }

    @Override
    public void close() {
        // nothing to release
    }
}
