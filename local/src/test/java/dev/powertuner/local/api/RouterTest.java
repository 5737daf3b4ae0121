package dev.powertuner.local.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.powertuner.local.LocalLambda;
import dev.powertuner.local.function.FunctionDefinition;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouterTest {

    @Test
    void segmentsAreUrlDecodedButPlusStaysPlus() {
        assertThat(Router.segments("/2015-03-31/functions/arn%3Aaws%3Alambda%3Aus-east-1%3A000000000000%3Afunction"
                + "%3Ademo%3A%24LATEST/invocations")).containsExactly("2015-03-31", "functions",
                "arn:aws:lambda:us-east-1:000000000000:function:demo:$LATEST", "invocations");
        assertThat(Router.segments("/a+b")).isEqualTo(List.of("a+b"));
    }

    @Test
    void queryParametersAreDecoded() {
        assertThat(Router.query("Qualifier=%24LATEST&MaxItems=2")).isEqualTo(Map.of("Qualifier", "$LATEST",
                "MaxItems", "2"));
        assertThat(Router.query(null)).isEmpty();
    }

    @Test
    void errorsCarryTheTypeHeaderAndTypeMessageBody() throws Exception {
        try (LocalLambda lambda = LocalLambda.builder().start()) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    lambda.endpoint() + "/2015-03-31/functions/missing/configuration")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.headers().firstValue("X-Amzn-ErrorType")).hasValue("ResourceNotFoundException");
            assertThat(r.body()).isEqualTo("{\"Type\":\"User\",\"Message\":\"Function not found: "
                    + "arn:aws:lambda:us-east-1:000000000000:function:missing\"}");
        }
    }

    @Test
    void mismatchedQualifiersAndUnknownRoutesAreRejected() throws Exception {
        try (LocalLambda lambda = LocalLambda.builder().function(FunctionDefinition.builder("demo").build())
                .start()) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> mismatch = http.send(HttpRequest.newBuilder(URI.create(lambda.endpoint()
                    + "/2015-03-31/functions/demo%3A1/configuration?Qualifier=2")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(URI.create(lambda.endpoint()
                    + "/2015-03-31/functions/demo/policy")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(mismatch.statusCode()).isEqualTo(400);
            assertThat(mismatch.headers().firstValue("X-Amzn-ErrorType")).hasValue("InvalidParameterValueException");
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(unknown.headers().firstValue("X-Amzn-ErrorType")).hasValue("UnknownOperationException");
        }
    }
}
