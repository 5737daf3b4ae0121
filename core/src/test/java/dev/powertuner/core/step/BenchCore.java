package dev.powertuner.core.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.powertuner.core.FakeLambda;
import dev.powertuner.core.cost.PriceTable;
import dev.powertuner.core.model.Analysis;
import dev.powertuner.core.model.StateJson;
import dev.powertuner.core.model.TuningState;
import dev.powertuner.core.report.LogParser;
import dev.powertuner.core.viz.VisualizationUrl;
import java.nio.charset.StandardCharsets;

/**
 * Benchmark (main class, not a test): state sizes of 100 power values × num 50 and core overhead per invocation
 * against the in-memory fake. Run with {@code java -cp core/target/classes:core/target/test-classes:<jackson>}.
 */
public final class BenchCore {

    private BenchCore() {
    }

    public static void main(String[] args) {
        System.out.println("| mode | largest state (bytes) | limit | executor item (bytes) | analysis (bytes) |");
        System.out.println("|---|---|---|---|---|");
        for (boolean cold : new boolean[] {false, true}) {
            sizes(cold);
        }
        System.out.println();
        System.out.println("| executor run | num | wall ms | µs per invocation |");
        System.out.println("|---|---|---|---|");
        for (int round = 0; round < 3; round++) {
            overhead(false, 1_000);
            overhead(true, 1_000);
        }
        parse();
    }

    private static void sizes(boolean cold) {
        FakeLambda fake = Runs.fake();
        ObjectNode input = Runs.json("{'lambdaARN':'fn','num':50,'includeOutputResults':true,'onlyColdStarts':" + cold
                + ",'payload':{'m':'" + "p".repeat(4_000) + "'}}");
        ArrayNode powers = input.putArray("powerValues");
        for (int i = 0; i < 100; i++) {
            powers.add(128 + 64 * i);
        }
        TuningState state = new Initializer(fake, Runs.DEFAULTS).initialize(input, "bench-execution-name");
        int largest = 0;
        while (state.iterator().more()) {
            state = new Publisher(fake).publish(state, () -> 60_000L);
        }
        ObjectNode whole = input.deepCopy();
        whole.set("lambdaConfigurations", StateJson.toJson(state));
        int item = size(Runs.event(whole, 128));
        ObjectNode done = Runs.executed(fake, whole, PriceTable.bundled());
        largest = Math.max(largest, size(done));
        Analysis analysis = new Analyzer(PriceTable.bundled(), "us-east-1", VisualizationUrl.DEFAULT_BASE)
                .analyze(done).orElseThrow();
        JsonNode analysisJson = StateJson.toJson(analysis);
        done.set("analysis", analysisJson);
        largest = Math.max(largest, size(done));
        System.out.printf("| %s | %d | 262144 | %d | %d |%n", cold ? "onlyColdStarts" : "normal", largest, item,
                size(analysisJson));
    }

    private static void overhead(boolean parallel, int num) {
        FakeLambda fake = Runs.fake();
        ObjectNode state = Runs.published(fake, Runs.json("{'lambdaARN':'fn','num':" + num + ",'powerValues':[512],"
                + "'parallelInvocation':" + parallel + "}"));
        Executor executor = new Executor(fake, Runs.NO_S3, ms -> { }, PriceTable.bundled(), 100);
        long start = System.nanoTime();
        executor.execute(Runs.event(state, 512), () -> 600_000L);
        long micros = (System.nanoTime() - start) / 1_000;
        System.out.printf("| %s | %d | %d | %.1f |%n", parallel ? "parallel (100 threads)" : "series", num, micros / 1_000,
                micros / (double) num);
    }

    private static void parse() {
        String text = LogParser.decode(FakeLambda.report(12.34, 13, 100.5));
        String json = "{\"type\":\"platform.report\",\"record\":{\"metrics\":{\"durationMs\":1.5,\"billedDurationMs\":2}}}";
        for (String[] c : new String[][] {{"text REPORT", text}, {"JSON platform.report", json}}) {
            long start = System.nanoTime();
            double sink = 0;
            for (int i = 0; i < 200_000; i++) {
                sink += LogParser.parse(c[1]).totalDuration();
            }
            long nanos = System.nanoTime() - start;
            System.out.printf("%s: %.2f µs per tail (checksum %.1f)%n", c[0], nanos / 200_000.0 / 1_000, sink);
        }
    }

    private static int size(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
