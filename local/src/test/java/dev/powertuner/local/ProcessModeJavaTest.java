package dev.powertuner.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.powertuner.local.fixtures.CpuBurnHandler;
import dev.powertuner.local.function.FunctionDefinition;
import dev.powertuner.local.process.ProcessSpec;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

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
        return TailedInvoke.invoke(client, name, payload);
    }

    static String log(InvokeResponse r) {
        return TailedInvoke.log(r);
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

    @Test
    void liveSetAboveTheMemorySizeFailsAndFitsAtALargerSize() {
        lambda.register(java("hog128", "dev.powertuner.local.fixtures.MemoryHogHandler", 128));
        lambda.register(java("hog512", "dev.powertuner.local.fixtures.MemoryHogHandler", 512));

        InvokeResponse small = invoke("hog128", "{\"mb\": 200}");
        InvokeResponse large = invoke("hog512", "{\"mb\": 200}");

        assertThat(small.functionError()).isEqualTo("Unhandled");
        assertThat(small.payload().asUtf8String()).contains("OutOfMemory");
        assertThat(large.functionError()).isNull();
        assertThat(large.payload().asUtf8String()).isEqualTo("200");
        assertThat(maxMemoryUsed(log(large))).isGreaterThanOrEqualTo(200);
    }

    @Test
    void timeoutKillsTheEnvironmentAndTheNextInvocationIsCold() {
        lambda.register(FunctionDefinition.builder("slow").memorySize(256).timeout(1)
                .process(new ProcessSpec("java21", "dev.powertuner.local.fixtures.MisbehavingHandler", null,
                        List.of(testClasses()))).build());
        invoke("slow", "{}");

        InvokeResponse timedOut = invoke("slow", "{\"sleepMs\": 5000}");
        InvokeResponse after = invoke("slow", "{}");

        assertThat(timedOut.functionError()).isEqualTo("Unhandled");
        assertThat(timedOut.payload().asUtf8String()).contains("Task timed out after 1.00 seconds");
        assertThat(log(timedOut)).contains("Duration: 1000.00 ms").contains("Status: timeout");
        assertThat(after.payload().asUtf8String()).isEqualTo("\"ok\"");
        assertThat(log(after)).contains("Init Duration");
    }

    @Test
    void runtimeExitingMidInvocationIsRuntimeExitError() {
        lambda.register(java("quits", "dev.powertuner.local.fixtures.MisbehavingHandler", 256));

        InvokeResponse r = invoke("quits", "{\"exit\": 3}");

        assertThat(r.functionError()).isEqualTo("Unhandled");
        assertThat(r.payload().asUtf8String()).contains("\"errorType\":\"Runtime.ExitError\"")
                .contains("Runtime exited with error: exit status 3");
        assertThat(invoke("quits", "{}").payload().asUtf8String()).isEqualTo("\"ok\"");
    }

    @Test
    void initFailuresComeBackAsTheRuntimeReportsThem() {
        lambda.register(java("throws", "dev.powertuner.local.fixtures.FailingInitHandler", 256));
        lambda.register(java("missing", "com.example.NoSuchHandler::handleRequest", 256));

        InvokeResponse throwing = invoke("throws", "{}");
        InvokeResponse missing = invoke("missing", "{}");

        assertThat(throwing.functionError()).isEqualTo("Unhandled");
        assertThat(throwing.payload().asUtf8String()).contains("TABLE_NAME is not set");
        assertThat(missing.functionError()).isEqualTo("Unhandled");
        assertThat(missing.payload().asUtf8String()).contains("com.example.NoSuchHandler");
        assertThat(log(missing)).contains("Init Duration");
    }

    @Test
    void closingLeavesNoProcessNoCgroupAndNoTemporaryDirectory() throws Exception {
        long pid = ProcessHandle.current().pid();
        try (LocalLambda own = LocalLambda.builder().start(); LambdaClient c = TestClients.lambda(own.endpoint())) {
            own.register(java("leaf", "dev.powertuner.local.GreetingHandler", 256));
            c.invoke(r -> r.functionName("leaf").payload(SdkBytes.fromUtf8String("{}")));
            assertThat(runtimeProcesses()).isNotEmpty();
        }

        assertThat(runtimeProcesses()).isEmpty();
        try (java.util.stream.Stream<Path> groups = java.nio.file.Files.list(Path.of("/sys/fs/cgroup/cpu"))) {
            assertThat(groups.map(g -> g.getFileName().toString()))
                    .noneMatch(n -> n.startsWith("powertuner-" + pid + "-") && n.endsWith("-leaf"));
        } catch (java.nio.file.NoSuchFileException e) {
            // no cgroup v1 here: nothing to leave behind
        }
    }

    /** Children of this JVM running the runtime interface client. */
    private static List<ProcessHandle> runtimeProcesses() {
        return ProcessHandle.current().descendants().filter(p -> p.info().commandLine().orElse("")
                .contains("AWSLambda")).filter(p -> p.info().commandLine().orElse("").contains("GreetingHandler"))
                .collect(java.util.stream.Collectors.toList());
    }

    static int maxMemoryUsed(String log) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Max Memory Used: (\\d+) MB").matcher(log);
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
