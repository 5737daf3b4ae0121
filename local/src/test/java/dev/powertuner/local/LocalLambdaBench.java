package dev.powertuner.local;

import dev.powertuner.local.function.FunctionDefinition;
import dev.powertuner.local.function.WorkloadProfile;
import java.util.Arrays;
import java.util.Locale;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.LogType;

/**
 * Benchmark: median (and p90/p99) of 1,000 Invoke round trips through the SDK LambdaClient on loopback, for a
 * zero-work profile and an in-process Java handler. Run with
 * {@code mvn -o -q -pl local test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.powertuner.local.LocalLambdaBench}.
 */
public final class LocalLambdaBench {
    private static final int WARMUP = 200;
    private static final int RUNS = 1000;

    private LocalLambdaBench() {
    }

    public static void main(String[] args) {
        try (LocalLambda lambda = LocalLambda.builder().timeScale(0)
                .function(FunctionDefinition.builder("noop").profile(WorkloadProfile.of(0, 0)).build())
                .function(FunctionDefinition.builder("echo").handler(EnvEchoHandler.class.getName()).build())
                .start();
             LambdaClient client = TestClients.lambda(lambda.endpoint())) {
            System.out.printf(Locale.ROOT, "%-32s %8s %8s %8s %8s%n", "case (1,000 Invoke round trips)", "median",
                    "p90", "p99", "mean");
            row("profile, RequestResponse", measure(client, "noop", false));
            row("profile, LogType Tail", measure(client, "noop", true));
            row("in-process handler, Tail", measure(client, "echo", true));
        }
    }

    private static double[] measure(LambdaClient client, String function, boolean tail) {
        SdkBytes payload = SdkBytes.fromUtf8String("{\"k\":\"v\"}");
        LogType logType = tail ? LogType.TAIL : LogType.NONE;
        for (int i = 0; i < WARMUP; i++) {
            client.invoke(r -> r.functionName(function).payload(payload).logType(logType));
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            client.invoke(r -> r.functionName(function).payload(payload).logType(logType));
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static void row(String name, double[] sorted) {
        double mean = Arrays.stream(sorted).average().orElse(0);
        System.out.printf(Locale.ROOT, "%-32s %6.3f ms %6.3f ms %6.3f ms %6.3f ms%n", name,
                sorted[sorted.length / 2], sorted[sorted.length * 9 / 10], sorted[sorted.length * 99 / 100], mean);
    }
}
