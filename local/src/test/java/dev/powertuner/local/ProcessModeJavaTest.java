package dev.powertuner.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.powertuner.local.fixtures.CpuBurnHandler;
import dev.powertuner.local.process.ProcessSpec;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;

/** Java handlers in process mode: a child JVM under the official runtime interface client, as on the java21 runtime. */
class ProcessModeJavaTest {
    private static LocalLambda lambda;
    private static LambdaClient client;

    @BeforeAll
    static void start() {
        lambda = LocalLambda.builder().start();
        client = TestClients.lambda(lambda.endpoint());
    }

    @AfterAll
    static void stop() {
        client.close();
        lambda.close();
    }

    static Path testClasses() {
        try {
            return Path.of(CpuBurnHandler.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static FunctionDefinition java(String name, String handler, int memory) {
        return FunctionDefinition.builder(name).memorySize(memory).timeout(30)
                .process(new ProcessSpec("java21", handler, null, List.of(testClasses()))).build();
    }

    static InvokeResponse invoke(String name, String payload) {
        return client.invoke(r -> r.functionName(name).logType(LogType.TAIL)
                .payload(SdkBytes.fromString(payload, StandardCharsets.UTF_8)));
    }

    static String log(InvokeResponse r) {
        return new String(Base64.getDecoder().decode(r.logResult()), StandardCharsets.UTF_8);
    }

    @Test
    void firstInvocationIsColdWithInitDurationAndWarmOnesAreNot() {
        lambda.register(java("burn", "dev.powertuner.local.fixtures.CpuBurnHandler", 512));

        InvokeResponse cold = invoke("burn", "{\"work\": 1000}");
        InvokeResponse warm = invoke("burn", "{\"work\": 2000}");

        assertThat(cold.functionError()).isNull();
        assertThat(log(cold)).contains("Init Duration: ").contains("Memory Size: 512 MB")
                .contains("burned 1000 rounds\nEND RequestId: ");
        assertThat(warm.functionError()).isNull();
        assertThat(log(warm)).doesNotContain("Init Duration").contains("burned 2000 rounds");
        assertThat(lambda.stats("burn").coldStarts()).isEqualTo(1);
    }
}
