package dev.powertuner.functions.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.powertuner.functions.aws.SdkFunctionControl;
import dev.powertuner.local.LocalLambda;
import dev.powertuner.local.function.FunctionDefinition;
import dev.powertuner.local.function.WorkloadProfile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * Benchmark (a main class, not a test): the CPU time (user + sys, from {@code /usr/bin/time}) of a fresh process
 * running one Executor invocation, ours (the shaded jar, {@link HandlerBenchChild}, started the ways
 * {@link OursSetup} lists) next to the reference's {@code lambda/executor.js} on Node, both against the same Local
 * Lambda target with the same event (num 10, power 128, in series and in parallel). Prints medians and the ratio.
 *
 * <p>Needs the reference's {@code lambda/} and {@code layer-sdk/} (v4.4.0) in one directory with
 * {@code npm ci} run in {@code layer-sdk/}; see docs/performance.md. Run after
 * {@code mvn -o -q -pl functions -am package -DskipTests}: {@code mvn -o -q -pl functions test-compile exec:java
 * -Dexec.mainClass=dev.powertuner.functions.bench.ExecutorCpuBench -Dexec.classpathScope=test -Dexec.args=<dir>}.
 */
public final class ExecutorCpuBench {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int REPS = 5;
    /** What the Lambda Java runtimes start the JVM with (besides heap sizing). */
    static final List<String> LAMBDA_JVM_OPTIONS = List.of("-XX:+TieredCompilation",
            "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    private static final String HARNESS = "const fs = require('fs');\n"
            + "const { handler } = require(process.argv[2] + '/lambda/executor.js');\n"
            + "const event = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));\n"
            + "handler(event, { getRemainingTimeInMillis: () => 900000 })\n"
            + "  .then(r => console.log('RESULT ' + JSON.stringify(r)))\n"
            + "  .catch(e => { console.error(e); process.exit(1); });\n";

    private ExecutorCpuBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ExecutorCpuBench <directory with the reference's lambda/ and layer-sdk/>");
        }
        Path reference = Path.of(args[0]).toAbsolutePath();
        Path work = Files.createTempDirectory("executor-bench");
        Path harness = work.resolve("harness.js");
        Files.writeString(harness, HARNESS);
        OursSetup ours = OursSetup.create(work, HandlerBench.shadedJar());
        try (LocalLambda local = LocalLambda.builder().timeScale(0)
                .function(FunctionDefinition.builder("bench-target").memorySize(1024).description("bench")
                        .profile(WorkloadProfile.of(0, 0)).build())
                .start()) {
            String arn = local.functionArn("bench-target");
            HandlerBench.publishRam128(SdkFunctionControl.create("us-east-1", StaticCredentialsProvider.create(
                    AwsBasicCredentials.create("AKIDLOCAL", "local")), local.endpoint()), arn);
            System.out.printf("Fresh process, one Executor invocation, num 10 at 128 MB (median of %d; ms)%n", REPS);
            System.out.printf("%-52s %9s %9s %9s %9s %6s%n", "mode, ours", "ours cpu", "ref cpu", "ours wall",
                    "ref wall", "cpu x");
            for (boolean parallel : new boolean[] {false, true}) {
                Path event = work.resolve("event-" + parallel + ".json");
                Files.write(event, MAPPER.writeValueAsBytes(event(arn, parallel)));
                measure(parallel ? "parallel" : "series", ours, () -> node(reference, harness, event, local),
                        options -> command(options, event, local));
            }
        } finally {
            ours.delete();
        }
    }

    /** One mode: REPS rounds of every variant of ours and the reference, interleaved; prints a row per variant. */
    private static void measure(String mode, OursSetup ours, Supplier<ProcessBuilder> reference,
            Function<List<String>, ProcessBuilder> command) throws Exception {
        ours.train(command.apply(ours.cds()));
        Map<String, List<long[]>> rows = new LinkedHashMap<>();
        List<long[]> ref = new ArrayList<>();
        for (int rep = 0; rep < REPS; rep++) {
            for (Map.Entry<String, List<String>> variant : ours.variants().entrySet()) {
                rows.computeIfAbsent(variant.getKey(), k -> new ArrayList<>())
                        .add(timed(command.apply(variant.getValue())));
            }
            ref.add(timed(reference.get()));
        }
        for (Map.Entry<String, List<long[]>> row : rows.entrySet()) {
            row(mode + ", " + row.getKey(), row.getValue(), ref);
        }
    }

    private static void row(String what, List<long[]> ours, List<long[]> ref) {
        long oc = median(ours, 0);
        long rc = median(ref, 0);
        System.out.printf("%-52s %9d %9d %9d %9d %6.2f%n", what, oc, rc, median(ours, 1), median(ref, 1),
                (double) oc / rc);
    }

    private static ProcessBuilder command(List<String> javaOptionsAndClasspath, Path event, LocalLambda local) {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(javaOptionsAndClasspath);
        command.addAll(List.of(HandlerBenchChild.class.getName(), "dev.powertuner.functions.ExecutorHandler",
                local.endpoint().toString(), event.toString()));
        return new ProcessBuilder(command);
    }

    private static ObjectNode event(String arn, boolean parallel) {
        ObjectNode item = MAPPER.createObjectNode();
        ObjectNode input = item.putObject("input");
        input.put("lambdaARN", arn).put("num", 10).put("parallelInvocation", parallel);
        ObjectNode lc = input.putObject("lambdaConfigurations");
        lc.put("lambdaARN", arn).put("num", 10).put("onlyColdStarts", false).put("runId", "bench")
                .put("originalMemorySize", 1024).put("originalDescription", "bench");
        lc.putArray("powerValues").add(128);
        lc.putObject("iterator").put("index", 1).put("count", 1).put("continue", false);
        lc.putArray("failedPowerValues");
        item.put("value", 128);
        return item;
    }

    private static ProcessBuilder node(Path reference, Path harness, Path event, LocalLambda local) {
        ProcessBuilder pb = new ProcessBuilder("node", harness.toString(), reference.toString(), event.toString());
        pb.environment().put("NODE_PATH", reference.resolve("layer-sdk").resolve("node_modules").toString());
        pb.environment().put("AWS_REGION", "us-east-1");
        pb.environment().put("AWS_ACCESS_KEY_ID", "AKIDLOCAL");
        pb.environment().put("AWS_SECRET_ACCESS_KEY", "local");
        pb.environment().put("AWS_ENDPOINT_URL_LAMBDA", local.endpoint().toString());
        // the reference's template sets these on the function (prices in USD per ms at 128 MB)
        pb.environment().put("minRAM", "128");
        pb.environment().put("baseCosts", "{\"x86_64\": {\"default\": 2.1e-9}, \"arm64\": {\"default\": 1.7e-9}}");
        return pb;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs the command under /usr/bin/time; returns {cpu ms (user + sys), wall ms}. */
    private static long[] timed(ProcessBuilder pb) throws Exception {
        Path times = Files.createTempFile("bench-time", ".txt");
        List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-f", "%U %S %e", "-o", times.toString()));
        command.addAll(pb.command());
        Process p = pb.command(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0 || !output.contains("RESULT ")) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        String[] f = Files.readString(times).strip().split("\\s+");
        Files.delete(times);
        long cpu = Math.round((Double.parseDouble(f[f.length - 3]) + Double.parseDouble(f[f.length - 2])) * 1000);
        long wall = Math.round(Double.parseDouble(f[f.length - 1]) * 1000);
        String[] result = output.substring(output.indexOf("RESULT ")).split("\\s+");
        if (result.length > 5 && Long.parseLong(result[4]) >= 0) {
            // primed (SnapStart): only what a restored environment still runs, the invocation
            return new long[] {Long.parseLong(result[5]) - Long.parseLong(result[4]), Long.parseLong(result[3])};
        }
        return new long[] {cpu, wall};
    }

    private static long median(List<long[]> rows, int column) {
        List<Long> values = new ArrayList<>();
        for (long[] row : rows) {
            values.add(row[column]);
        }
        Collections.sort(values);
        return values.get(values.size() / 2);
    }
}
