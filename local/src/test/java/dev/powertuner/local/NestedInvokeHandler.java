package dev.powertuner.local;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;

/** Test handler: invokes the function named in its input through AWS_ENDPOINT_URL_LAMBDA and returns its answer. */
public final class NestedInvokeHandler implements RequestStreamHandler {
    private final LambdaClient client;

    public NestedInvokeHandler(Map<String, String> env) {
        this.client = TestClients.lambda(URI.create(env.get("AWS_ENDPOINT_URL_LAMBDA")));
    }

    @Override
    public void handleRequest(InputStream in, OutputStream out, Context context) throws IOException {
        String target = new String(in.readAllBytes()).replace("\"", "");
        out.write(client.invoke(r -> r.functionName(target).payload(SdkBytes.fromUtf8String("{\"x\":1}")))
                .payload().asByteArray());
    }
}
