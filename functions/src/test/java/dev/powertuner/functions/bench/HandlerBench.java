package dev.powertuner.functions.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.powertuner.core.port.FunctionControl;
import dev.powertuner.functions.ExecutorHandler;
import dev.powertuner.functions.TestContext;
import dev.powertuner.functions.aws.SdkFunctionControl;
import dev.powertuner.local.LocalLambda;
import dev.powertuner.local.function.FunctionDefinition;
import dev.powertuner.local.function.WorkloadProfile;
import dev.powertuner.statemachine.TunerStep;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * Benchmark (a main class, not a test). Part 1: per handler, wall time from spawning a fresh JVM (shaded jar + test
 * classes) to its first completed invocation against Local Lambda, the sequence Initializer → Publisher → Executor →
 * Cleaner → Analyzer → Optimizer run {@code REPS} times. Part 2: the Executor's overhead per invocation at
 * num = 1,000 in parallel against a zero-duration workload profile, in process.
 *
 * <p>Run after {@code mvn -o -q -pl functions package -DskipTests}: {@code mvn -o -q -pl functions test-compile
 * exec:java -Dexec.mainClass=dev.powertuner.functions.bench.HandlerBench -Dexec.classpathScope=test}; argument
 * {@code cold} or {@code overhead} ({@code -Dexec.args=cold}) runs one part only.
 */
public final class HandlerBench {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int REPS = 3;

    private HandlerBench() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = shadedJar();
        String testClasses = Path.of(HandlerBenchChild.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI()).toString();
        try (LocalLambda local = LocalLambda.builder().timeScale(0)
                .function(FunctionDefinition.builder("bench-target").memorySize(1024).description("bench")
                        .profile(WorkloadProfile.of(0, 0)).build())
                .function(FunctionDefinition.builder("bench-sequence").memorySize(1024).description("bench")
                        .profile(WorkloadProfile.of(5, 1)).build())
                .start()) {
            System.out.printf("shaded jar: %s (%.2f MB)%n%n", jar.getFileName(), Files.size(jar) / 1e6);
            String part = args.length > 0 ? args[0] : "all";
            if (!"overhead".equals(part)) {
                coldStarts(local, jar + File.pathSeparator + testClasses);
            }
            if (!"cold".equals(part)) {
                executorOverhead(local);
            }
        }
    }

    static Path shadedJar() throws IOException {
        for (Path dir : List.of(Path.of("target"), Path.of("functions", "target"))) {
            Path jar = dir.resolve("powertuner-functions-0.1.0-SNAPSHOT-lambda.jar");
            if (Files.exists(jar)) {
                return jar.toAbsolutePath();
            }
        }
        throw new IOException("shaded jar not found: run mvn -o -q -pl functions package -DskipTests first");
    }

    private static void coldStarts(LocalLambda local, String classpath) throws Exception {
        Map<String, List<long[]>> results = new LinkedHashMap<>();
        for (TunerStep step : TunerStep.values()) {
            results.put(step.stepName(), new ArrayList<>());
        }
        for (int rep = 0; rep < REPS; rep++) {
            ObjectNode state = MAPPER.createObjectNode();
            state.put("lambdaARN", local.functionArn("bench-sequence")).put("num", 5).put("autoOptimize", true);
            state.putArray("powerValues").add(128).add(256);
            ObjectNode initEvent = MAPPER.createObjectNode();
            initEvent.set("input", state.deepCopy());
            initEvent.put("executionName", "bench-" + rep);
            state.set("lambdaConfigurations", child(local, classpath, TunerStep.INITIALIZER, initEvent, results));
            state.set("lambdaConfigurations", child(local, classpath, TunerStep.PUBLISHER, state, results));
            ObjectNode item = MAPPER.createObjectNode();
            item.set("input", state.deepCopy());
            item.put("value", 128);
            JsonNode stat = child(local, classpath, TunerStep.EXECUTOR, item, results);
            state.putArray("stats").add(stat).add(((ObjectNode) stat.deepCopy()).put("value", 256));
            child(local, classpath, TunerStep.CLEANER, state, results);
            state.set("analysis", child(local, classpath, TunerStep.ANALYZER, state, results));
            child(local, classpath, TunerStep.OPTIMIZER, state, results);
        }
        System.out.println("Fresh JVM to first completed invocation (ms; median of " + REPS + ")");
        System.out.printf("%-12s %10s %12s %12s %12s%n", "handler", "wall", "jvm->done", "construct", "invoke");
        for (Map.Entry<String, List<long[]>> e : results.entrySet()) {
            System.out.printf("%-12s %10d %12d %12d %12d%n", e.getKey(), median(e.getValue(), 0),
                    median(e.getValue(), 1), median(e.getValue(), 2), median(e.getValue(), 3));
        }
        System.out.println();
    }

    private static JsonNode child(LocalLambda local, String classpath, TunerStep step, JsonNode event,
            Map<String, List<long[]>> results) throws Exception {
        String handler = step.stepName();
        Path eventFile = Files.createTempFile("bench-" + handler, ".json");
        Files.write(eventFile, MAPPER.writeValueAsBytes(event));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long start = System.nanoTime();
        Process p = new ProcessBuilder(java, "-cp", classpath, HandlerBenchChild.class.getName(),
                step.handler(), local.endpoint().toString(), eventFile.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        long wall = (System.nanoTime() - start) / 1_000_000;
        Files.delete(eventFile);
        String[] lines = output.strip().split("\n");
        int at = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("RESULT ")) {
                at = i;
            }
        }
        if (exit != 0 || at < 0 || at + 1 >= lines.length) {
            throw new IllegalStateException(handler + " child failed (exit " + exit + "):\n" + output);
        }
        String[] f = lines[at].split(" ");
        results.get(handler).add(new long[] {wall, Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3])});
        return MAPPER.readTree(lines[at + 1]);
    }

    private static long median(List<long[]> rows, int column) {
        List<Long> values = new ArrayList<>();
        for (long[] row : rows) {
            values.add(row[column]);
        }
        Collections.sort(values);
        return values.get(values.size() / 2);
    }

    private static void executorOverhead(LocalLambda local) throws Exception {
        Map<String, String> env = Map.of("AWS_REGION", "us-east-1", "AWS_ACCESS_KEY_ID", "AKIDLOCAL",
                "AWS_SECRET_ACCESS_KEY", "local", "AWS_ENDPOINT_URL_LAMBDA", local.endpoint().toString());
        String arn = local.functionArn("bench-target");
        ExecutorHandler executor = new ExecutorHandler(env);
        publishRam128(SdkFunctionControl.create("us-east-1", StaticCredentialsProvider.create(
                AwsBasicCredentials.create("AKIDLOCAL", "local")), local.endpoint()), arn);
        System.out.println("Executor overhead, zero-duration target, parallelInvocation, limit 100 (in process)");
        System.out.printf("%-8s %10s %16s %14s%n", "num", "wall ms", "ms/invocation", "invocations/s");
        for (int num : new int[] {100, 1000, 1000, 1000}) {
            ObjectNode input = MAPPER.createObjectNode();
            input.put("lambdaARN", arn).put("num", num).put("parallelInvocation", true);
            ObjectNode lc = input.putObject("lambdaConfigurations");
            lc.put("lambdaARN", arn).put("num", num).put("onlyColdStarts", false).put("runId", "bench")
                    .put("originalMemorySize", 1024).put("originalDescription", "bench");
            lc.putArray("powerValues").add(128);
            lc.putObject("iterator").put("index", 1).put("count", 1).put("continue", false);
            lc.putArray("failedPowerValues");
            ObjectNode item = MAPPER.createObjectNode();
            item.set("input", input);
            item.put("value", 128);
            byte[] event = MAPPER.writeValueAsBytes(item);
            long start = System.nanoTime();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            executor.handleRequest(new ByteArrayInputStream(event), out, new TestContext("bench-request"));
            double ms = (System.nanoTime() - start) / 1e6;
            JsonNode result = MAPPER.readTree(out.toByteArray());
            if (result.path("invocations").asInt() != num) {
                throw new IllegalStateException("unexpected result " + result);
            }
            System.out.printf("%-8d %10.0f %16.3f %14.0f%n", num, ms, ms / num, num / (ms / 1000));
        }
    }

    static void publishRam128(FunctionControl control, String arn) {
        control.updateConfiguration(arn, 128, "bench [powertuner bench RAM128]");
        control.awaitUpdated(arn);
        String version = control.publishVersion(arn, "bench [powertuner bench RAM128]");
        if (control.aliasVersion(arn, "RAM128").isPresent()) {
            control.updateAlias(arn, "RAM128", version);
        } else {
            control.createAlias(arn, "RAM128", version);
        }
        control.awaitActive(arn, "RAM128");
    }
}
