package dev.powertuner.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.powertuner.local.function.FunctionDefinition;
import dev.powertuner.local.function.WorkloadProfile;
import dev.powertuner.local.state.InvocationStats;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;
import software.amazon.awssdk.services.lambda.model.TooManyRequestsException;

class LocalLambdaTest {

    @Test
    void startsOnLoopbackWithAFreePortAndNamesArnsByRegionAndAccount() {
        try (LocalLambda lambda = LocalLambda.builder().region("eu-west-1").accountId("123456789012").start()) {
            assertThat(lambda.endpoint().toString()).startsWith("http://127.0.0.1:");
            assertThat(lambda.port()).isPositive();
            assertThat(lambda.functionArn("demo")).isEqualTo("arn:aws:lambda:eu-west-1:123456789012:function:demo");
        }
    }

    @Test
    void loadRegistersEveryFunctionOfAFunctionsFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("functions.json");
        Files.writeString(file, "{\"functions\": [{\"name\": \"demo\", \"memorySize\": 256, \"timeout\": 30, "
                + "\"architecture\": \"arm64\", \"logFormat\": \"JSON\", \"profile\": {\"cpuMs\": 400, "
                + "\"ioMs\": 100, \"memoryMb\": 150}}, {\"name\": \"echo\", \"handler\": \""
                + EnvEchoHandler.class.getName() + "\", \"environment\": {\"A\": \"b\"}}]}");
        try (LocalLambda lambda = LocalLambda.builder().start();
             LambdaClient client = TestClients.lambda(lambda.endpoint())) {
            List<String> names = lambda.load(file);

            assertThat(names).containsExactly("demo", "echo");
            assertThat(lambda.functionNames()).containsExactly("demo", "echo");
            assertThat(client.getFunctionConfiguration(r -> r.functionName("demo")).architecturesAsStrings())
                    .containsExactly("arm64");
            assertThat(client.getFunctionConfiguration(r -> r.functionName("demo")).loggingConfig()
                    .logFormatAsString()).isEqualTo("JSON");
            assertThat(client.invoke(r -> r.functionName("echo")).payload().asUtf8String()).contains("\"A\":\"b\"");
        }
    }

    @Test
    void unknownFunctionInTheJavaApiIsIllegalArgument() {
        try (LocalLambda lambda = LocalLambda.builder().start()) {
            assertThatThrownBy(() -> lambda.snapshot("nope")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void twoHundredConcurrentInvocationsCompleteWithColdStartsEqualToEnvironments() throws Exception {
        try (LocalLambda lambda = LocalLambda.builder().updateDelay(Duration.ZERO)
                .function(FunctionDefinition.builder("slow").memorySize(1769).timeout(60)
                        .profile(new WorkloadProfile(0, 1, 20_000, 1_000, 0, 0, 0, null, 1)).build())
                .start();
             LambdaClient client = TestClients.lambda(lambda.endpoint())) {
            List<InvokeResponse> responses = concurrently(200, () -> client.invoke(r -> r.functionName("slow")
                    .logType(LogType.TAIL)));

            InvocationStats stats = lambda.stats("slow");
            assertThat(responses).hasSize(200).allSatisfy(r -> {
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(r.functionError()).isNull();
            });
            long reportedColdStarts = responses.stream().map(r -> new String(Base64.getDecoder()
                    .decode(r.logResult()), StandardCharsets.UTF_8)).filter(log -> log.contains("\tInit Duration: "))
                    .count();
            assertThat(stats.invocations()).isEqualTo(200);
            assertThat(reportedColdStarts).isEqualTo(stats.coldStarts()).isEqualTo(stats.environmentsCreated());
            assertThat(stats.environmentsCreated()).isBetween(2L, 200L);
        }
    }

    @Test
    void concurrentNestedInvocationsDoNotDeadlock() throws Exception {
        try (LocalLambda lambda = LocalLambda.builder()
                .function(FunctionDefinition.builder("outer").timeout(60)
                        .handler(NestedInvokeHandler.class.getName()).build())
                .function(FunctionDefinition.builder("inner").timeout(60)
                        .profile(new WorkloadProfile(0, 1, 5_000, 0, 0, 0, 0, null, 1)).build())
                .start();
             LambdaClient client = TestClients.lambda(lambda.endpoint())) {
            List<InvokeResponse> responses = concurrently(100, () -> client.invoke(r -> r.functionName("outer")
                    .payload(SdkBytes.fromUtf8String("\"inner\""))));

            assertThat(responses).allSatisfy(r -> assertThat(r.payload().asUtf8String()).isEqualTo("{\"x\":1}"));
            assertThat(lambda.stats().invocations()).isEqualTo(200);
            assertThat(lambda.stats().coldStarts()).isEqualTo(lambda.stats().environmentsCreated());
        }
    }

    @Test
    void reservedConcurrencyThrottlesInvocationsAboveIt() throws Exception {
        // given: two invocations held inside the handler, so exactly two are in flight
        CountDownLatch started = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        try (LocalLambda lambda = LocalLambda.builder()
                .function(FunctionDefinition.builder("capped").reservedConcurrency(2).timeout(60)
                        .handlerFactory(env -> new HeldHandler(started, release)).build())
                .start();
             LambdaClient client = TestClients.lambda(lambda.endpoint())) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<InvokeResponse>> held = List.of(
                        pool.submit(() -> client.invoke(r -> r.functionName("capped"))),
                        pool.submit(() -> client.invoke(r -> r.functionName("capped"))));
                assertThat(started.await(60, TimeUnit.SECONDS)).isTrue();

                // when / then: a third is throttled while they run, and one more runs after they finished
                assertThatThrownBy(() -> client.invoke(r -> r.functionName("capped")))
                        .isInstanceOfSatisfying(TooManyRequestsException.class, e -> {
                            assertThat(e.statusCode()).isEqualTo(429);
                            assertThat(e.reasonAsString())
                                    .isEqualTo("ReservedFunctionConcurrentInvocationLimitExceeded");
                        });
                release.countDown();
                for (Future<InvokeResponse> f : held) {
                    assertThat(f.get(60, TimeUnit.SECONDS).functionError()).isNull();
                }
                assertThat(client.invoke(r -> r.functionName("capped")).functionError()).isNull();
            } finally {
                release.countDown();
                pool.shutdownNow();
            }
            assertThat(lambda.stats("capped").throttles()).isEqualTo(1);
            assertThat(lambda.stats("capped").invocations()).isEqualTo(3);
            assertThat(lambda.stats("capped").environmentsCreated()).isEqualTo(2);
        }
    }

    private static <T> List<T> concurrently(int n, java.util.concurrent.Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(call));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get(120, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Signals that it runs, then waits until released. */
    static final class HeldHandler implements RequestStreamHandler {
        private final CountDownLatch started;
        private final CountDownLatch release;

        HeldHandler(CountDownLatch started, CountDownLatch release) {
            this.started = started;
            this.release = release;
        }

        @Override
        public void handleRequest(InputStream in, OutputStream out, Context context) throws IOException {
            started.countDown();
            try {
                if (!release.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            out.write('1');
        }
    }
}
