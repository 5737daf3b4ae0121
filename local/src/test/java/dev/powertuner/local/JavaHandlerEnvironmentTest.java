package dev.powertuner.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.powertuner.local.function.FunctionDefinition;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

class JavaHandlerEnvironmentTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Direct map handler. */
    static final class Direct implements RequestHandler<Map<String, Integer>, Integer> {
        @Override
        public Integer handleRequest(Map<String, Integer> input, Context context) {
            return input.get("a") + 1;
        }
    }

    @Test
    void noArgConstructorIsUsedWhenThereIsNoEnvironmentConstructor() throws Exception {
        try (LocalLambda lambda = LocalLambda.builder()
                .function(FunctionDefinition.builder("g").handler(GreetingHandler.class.getName()).build()).start();
             LambdaClient client = TestClients.lambda(lambda.endpoint())) {
            InvokeResponse r = client.invoke(b -> b.functionName("g").payload(
                    software.amazon.awssdk.core.SdkBytes.fromUtf8String("{\"name\":\"x\"}")));

            assertThat(MAPPER.readTree(r.payload().asByteArray()).get("greeting").asText()).isEqualTo("hello x");
        }
    }

    @Test
    void failingInitIsAFunctionErrorAndTheNextInvocationInitsAgain() throws Exception {
        int[] attempts = {0};
        try (LocalLambda lambda = LocalLambda.builder()
                .function(FunctionDefinition.builder("f").handlerFactory(env -> {
                    if (attempts[0]++ == 0) {
                        throw new IllegalStateException("no config");
                    }
                    return new Direct();
                }).build()).start();
             LambdaClient client = TestClients.lambda(lambda.endpoint())) {
            InvokeResponse first = client.invoke(b -> b.functionName("f").payload(
                    software.amazon.awssdk.core.SdkBytes.fromUtf8String("{\"a\":1}")));
            InvokeResponse second = client.invoke(b -> b.functionName("f").payload(
                    software.amazon.awssdk.core.SdkBytes.fromUtf8String("{\"a\":1}")));

            assertThat(first.functionError()).isEqualTo("Unhandled");
            assertThat(MAPPER.readTree(first.payload().asByteArray()).get("errorType").asText())
                    .isEqualTo("java.lang.IllegalStateException");
            assertThat(second.payload().asUtf8String()).isEqualTo("2");
            assertThat(lambda.stats("f").environmentsCreated()).isEqualTo(2);
        }
    }

    @Test
    void classThatIsNoHandlerFailsInit() throws Exception {
        try (LocalLambda lambda = LocalLambda.builder()
                .function(FunctionDefinition.builder("s").handler(String.class.getName()).build()).start();
             LambdaClient client = TestClients.lambda(lambda.endpoint())) {
            InvokeResponse r = client.invoke(b -> b.functionName("s"));

            assertThat(r.functionError()).isEqualTo("Unhandled");
            assertThat(MAPPER.readTree(r.payload().asByteArray()).get("errorType").asText())
                    .isEqualTo("java.lang.ClassCastException");
        }
    }

    @Test
    void missingHandlerClassFailsInitWithClassNotFound() throws Exception {
        try (LocalLambda lambda = LocalLambda.builder()
                .function(FunctionDefinition.builder("m").handler("com.example.Missing").build()).start();
             LambdaClient client = TestClients.lambda(lambda.endpoint())) {
            InvokeResponse r = client.invoke(b -> b.functionName("m"));

            assertThat(MAPPER.readTree(r.payload().asByteArray()).get("errorType").asText())
                    .isEqualTo("java.lang.ClassNotFoundException");
        }
    }
}
