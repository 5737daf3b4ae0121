package dev.powertuner.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.port.InvocationResult;
import dev.powertuner.functions.aws.SdkFunctionControl;
import dev.powertuner.local.LocalLambda;
import dev.powertuner.local.function.FunctionDefinition;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The deployment contract: Local Lambda hosts a handler given by class name only, builds it with the
 * {@code (Map<String, String>)} constructor and the function's environment, and calls it as a RequestStreamHandler.
 */
class HostedHandlersTest {

    @Test
    void analyzerHostedByClassNameAnswersOverTheLambdaApi() throws IOException {
        try (LocalLambda local = LocalLambda.builder()
                .function(FunctionDefinition.builder("powertuner-analyzer").memorySize(1024).timeout(10)
                        .handler(AnalyzerHandler.class.getName())
                        .environment(Map.of("visualizationURL", "https://viz.example/")).build())
                .start()) {
            SdkFunctionControl lambda = SdkFunctionControl.create("us-east-1",
                    StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDLOCAL", "local")),
                    local.endpoint());

            InvocationResult result = lambda.invoke("powertuner-analyzer", null,
                    JsonStreamHandler.MAPPER.writeValueAsString(Primer.sampleState()));

            assertThat(result.failed()).as(result.payload()).isFalse();
            JsonNode analysis = JsonStreamHandler.MAPPER.readTree(result.payload());
            assertThat(analysis.get("power").asInt()).isEqualTo(256);
            assertThat(analysis.get("stateMachine").get("visualization").asText()).startsWith("https://viz.example/#");
        }
    }

    @Test
    void mapConstructorWithoutRegionFailsNamingTheVariable() {
        assertThatThrownBy(() -> new AnalyzerHandler(Map.of()))
                .hasMessageContaining("AWS_REGION");
        assertThatThrownBy(() -> new ExecutorHandler(Map.of("AWS_REGION", "us-east-1",
                "POWERTUNER_PARALLEL_LIMIT", "-1")))
                .hasMessageContaining("POWERTUNER_PARALLEL_LIMIT");
    }
}
