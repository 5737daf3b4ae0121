package dev.powertuner.local;

import dev.powertuner.local.function.FunctionDefinition;
import dev.powertuner.local.process.ProcessSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * Benchmark of process mode on this machine (run it idle): per runtime, a CPU-bound single-threaded handler's warm
 * median Duration at 128, 1,769 and 3,008 MB (Lambda's model predicts 128 / 1769 = 13.82 and 3008 = 1769), the Init
 * Duration of a new environment per size, and a Java handler holding 200 MB live at 128 and 512 MB. Run with
 * {@code mvn -o -q -pl local test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.powertuner.local.ProcessModeBench}; results are in docs/local-lambda.md.
 */
public final class ProcessModeBench {
    private static final int WARMUP = 3;
    private static final int RUNS = 7;
    private static final int[] SIZES = {128, 512, 1024, 1769, 3008};
    private static final Pattern DURATION = Pattern.compile("\\tDuration: ([0-9.]+) ms");
    private static final Pattern INIT = Pattern.compile("Init Duration: ([0-9.]+) ms");
    private static final Pattern MAX_MEMORY = Pattern.compile("Max Memory Used: ([0-9]+) MB");

    private ProcessModeBench() {
    }

    /** A runtime's CPU fixture and the work that takes about 150 ms at one full vCPU on a recent core. */
    private record Case(String label, String runtime, String handler, Path code, List<Path> classPath, String event) {
    }

    public static void main(String[] args) throws Exception {
        Path classes = ProcessModeJavaTest.testClasses();
        List<Case> cases = List.of(
                new Case("Java (java21, RIC)", "java21", "dev.powertuner.local.fixtures.CpuBurnHandler", null,
                        List.of(classes), "{\"work\": 150000000}"),
                new Case("Node (nodejs20.x)", "nodejs20.x", "index.handler", ProcessModeScriptsTest.fixture("node/cpu"),
                        List.of(), "{\"work\": 60000000}"),
                new Case("Python (python3.12)", "python3.12", "app.handler",
                        ProcessModeScriptsTest.fixture("python/cpu"), List.of(), "{\"work\": 1500000}"));
        try (LocalLambda lambda = LocalLambda.builder().start();
             LambdaClient client = TestClients.lambda(lambda.endpoint())) {
            System.out.println("limits: " + lambda.processLimits().mechanism() + ", cores " + lambda.processLimits().cores());
            System.out.println("| runtime | warm median 128 MB | 1,769 MB | 3,008 MB | 128/1769 | 3008/1769 |");
            System.out.println("|---|---|---|---|---|---|");
            List<String> initRows = new ArrayList<>();
            for (Case c : cases) {
                double[] medians = new double[3];
                int[] sizes = {128, 1769, 3008};
                for (int i = 0; i < sizes.length; i++) {
                    medians[i] = warmMedian(lambda, client, c, sizes[i]);
                }
                System.out.printf(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %.1f ms | %.2f | %.2f |%n", c.label(),
                        medians[0], medians[1], medians[2], medians[0] / medians[1], medians[2] / medians[1]);
                initRows.add(initRow(lambda, client, c));
            }
            System.out.println();
            System.out.println("| runtime | Init Duration 128 MB | 512 MB | 1,024 MB | 1,769 MB | 3,008 MB |");
            System.out.println("|---|---|---|---|---|---|");
            initRows.forEach(System.out::println);
            System.out.println();
            memory(lambda, client, classes);
        }
    }

    private static double warmMedian(LocalLambda lambda, LambdaClient client, Case c, int memory) {
        String name = "bench-" + c.runtime().replace('.', '-') + "-" + memory;
        lambda.register(FunctionDefinition.builder(name).memorySize(memory).timeout(300)
                .process(new ProcessSpec(c.runtime(), c.handler(), c.code(), c.classPath())).build());
        for (int i = 0; i < WARMUP; i++) {
            invoke(client, name, c.event());
        }
        double[] d = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            d[i] = metric(DURATION, invoke(client, name, c.event()));
        }
        java.util.Arrays.sort(d);
        return d[RUNS / 2];
    }

    /** Init Duration of a fresh environment per size (median of three new functions). */
    private static String initRow(LocalLambda lambda, LambdaClient client, Case c) {
        StringBuilder row = new StringBuilder("| " + c.label() + " |");
        for (int memory : SIZES) {
            double[] inits = new double[3];
            for (int i = 0; i < inits.length; i++) {
                String name = "init-" + c.runtime().replace('.', '-') + "-" + memory + "-" + i;
                lambda.register(FunctionDefinition.builder(name).memorySize(memory).timeout(300)
                        .process(new ProcessSpec(c.runtime(), c.handler(), c.code(), c.classPath())).build());
                inits[i] = metric(INIT, invoke(client, name, "{\"work\": 1}"));
            }
            java.util.Arrays.sort(inits);
            row.append(String.format(Locale.ROOT, " %.0f ms |", inits[1]));
        }
        return row.toString();
    }

    private static void memory(LocalLambda lambda, LambdaClient client, Path classes) {
        System.out.println("| Java handler holding 200 MB live | result | Max Memory Used |");
        System.out.println("|---|---|---|");
        for (int memory : new int[] {128, 512}) {
            String name = "hog-" + memory;
            lambda.register(FunctionDefinition.builder(name).memorySize(memory).timeout(60).process(new ProcessSpec(
                    "java21", "dev.powertuner.local.fixtures.MemoryHogHandler", null, List.of(classes))).build());
            String log = invoke(client, name, "{\"mb\": 200}");
            boolean failed = log.contains("Status: error") || log.contains("OutOfMemory");
            System.out.printf(Locale.ROOT, "| %d MB | %s | %d MB |%n", memory, failed ? "fails" : "passes",
                    (int) metric(MAX_MEMORY, log));
        }
    }

    private static String invoke(LambdaClient client, String name, String event) {
        return TailedInvoke.log(TailedInvoke.invoke(client, name, event));
    }

    private static double metric(Pattern p, String log) {
        Matcher m = p.matcher(log);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }
}
