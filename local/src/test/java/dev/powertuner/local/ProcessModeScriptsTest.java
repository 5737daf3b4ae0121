package dev.powertuner.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.powertuner.local.function.FunctionDefinition;
import dev.powertuner.local.process.ProcessSpec;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/** Node and Python functions in process mode, through Local Lambda's Runtime API and our bootstraps. */
class ProcessModeScriptsTest {
    private static LocalLambda lambda;
    private static LambdaClient client;

    @BeforeAll
    static void start() {
        for (String program : List.of("node", "python3")) {
            Assumptions.assumeTrue(onPath(program), program + " is not on the PATH: the Node/Python process-mode "
                    + "tests need it");
        }
        lambda = LocalLambda.builder().start();
        client = TestClients.lambda(lambda.endpoint());
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.close();
            lambda.close();
        }
    }

    private static boolean onPath(String program) {
        return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> java.nio.file.Files.isExecutable(Path.of(dir, program)));
    }

    static Path fixture(String dir) {
        try {
            return Path.of(ProcessModeScriptsTest.class.getResource("/process/" + dir).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static FunctionDefinition script(String name, String runtime, String handler, String dir, String logFormat) {
        return FunctionDefinition.builder(name).memorySize(512).timeout(20).logFormat(logFormat)
                .process(new ProcessSpec(runtime, handler, fixture(dir), List.of())).build();
    }

    static InvokeResponse invoke(String name, String payload) {
        return TailedInvoke.invoke(client, name, payload);
    }

    static String log(InvokeResponse r) {
        return TailedInvoke.log(r);
    }

    @Test
    void nodeAndPythonComputeTheSameChecksumAndReportColdThenWarm() {
        lambda.register(script("node-cpu", "nodejs20.x", "index.handler", "node/cpu", "Text"));
        lambda.register(script("py-cpu", "python3.12", "app.handler", "python/cpu", "Text"));

        InvokeResponse nodeCold = invoke("node-cpu", "{\"work\": 100000}");
        InvokeResponse nodeWarm = invoke("node-cpu", "{\"work\": 100000}");
        InvokeResponse py = invoke("py-cpu", "{\"work\": 100000}");

        assertThat(nodeCold.payload().asUtf8String()).isEqualTo("{\"work\":100000,\"checksum\":\"dbb591e5\"}");
        assertThat(py.payload().asUtf8String().replace(" ", "")).isEqualTo(nodeCold.payload().asUtf8String());
        assertThat(log(nodeCold)).contains("Init Duration");
        assertThat(log(nodeWarm)).doesNotContain("Init Duration").contains("Memory Size: 512 MB");
        assertThat(log(py)).contains("Init Duration");
    }

    @Test
    void initErrorsComeBackWithLambdasErrorTypes() {
        lambda.register(script("node-missing", "nodejs22.x", "nosuch.handler", "node/errors", "Text"));
        lambda.register(script("py-nofn", "python3.11", "no_handler.handler", "python/errors", "Text"));

        InvokeResponse node = invoke("node-missing", "{}");
        InvokeResponse py = invoke("py-nofn", "{}");

        assertThat(node.functionError()).isEqualTo("Unhandled");
        assertThat(node.payload().asUtf8String()).contains("Runtime.ImportModuleError");
        assertThat(py.functionError()).isEqualTo("Unhandled");
        assertThat(py.payload().asUtf8String()).contains("Runtime.HandlerNotFound");
        assertThat(lambda.stats("py-nofn").environmentsCreated()).isEqualTo(1);
    }

    @Test
    void jsonLogFormatGivesPlatformReportAndTheFunctionsJsonLines() {
        lambda.register(script("node-json", "nodejs20.x", "index.logs", "node/basics", "JSON"));

        InvokeResponse r = invoke("node-json", "{\"name\": \"json\"}");

        assertThat(r.functionError()).isNull();
        assertThat(log(r)).contains("\"type\":\"platform.report\"").contains("\"initDurationMs\"")
                .contains("\"message\":\"hello json\"").contains("\"requestId\":\"" + r.responseMetadata().requestId());
    }
}
