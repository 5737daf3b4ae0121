package dev.powertuner.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.local.function.FunctionDefinition;
import dev.powertuner.local.function.WorkloadProfile;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/**
 * What AdaptiveLocalBench relies on: through the whole tuner, whose Map invokes the sizes in parallel, a target
 * registered afresh with the same seed gets the same noise at each size, so two full runs measure the same figures, and
 * an adaptive run measures at a size that reached num exactly the full run's invocations (docs/adaptive.md: its
 * averagePrice equals the full run's bit for bit, its averageDuration to the last bits).
 */
class SeededNoiseEndToEndTest {
    private static final String TARGET = "seeded-workload";
    /** CPU-bound: cost is nearly flat below 1,769 MB, so several sizes stay in contention up to num. */
    private static final WorkloadProfile PROFILE = new WorkloadProfile(400, 1, 5, 300, 0, 0.05, 0, null, 1_000L);
    private static final int NUM = 20;
    private static LocalTuner tuner;

    @BeforeAll
    static void start() {
        tuner = LocalTuner.builder().timeScale(0.001).start();
    }

    @AfterAll
    static void stop() {
        tuner.close();
    }

    @Test
    void sameSeedGivesTheSameFiguresAtEverySizeAndAnAdaptiveRunTheFullRunsAtSizesThatReachedNum() {
        // given / when
        JsonNode first = run("");
        JsonNode second = run("");
        JsonNode adaptive = run(", \"adaptive\": true");

        // then
        assertThat(figures(second)).isEqualTo(figures(first));
        Map<Integer, List<Double>> full = figures(first);
        Map<Integer, List<Double>> measured = figures(adaptive);
        int reachedNum = 0;
        Iterator<Map.Entry<String, JsonNode>> sizes = adaptive.path("adaptive").path("invocations").fields();
        while (sizes.hasNext()) {
            Map.Entry<String, JsonNode> size = sizes.next();
            if (size.getValue().intValue() == NUM) {
                int power = Integer.parseInt(size.getKey());
                assertThat(measured.get(power).get(0)).as("averagePrice at %d MB", power)
                        .isEqualTo(full.get(power).get(0));
                assertThat(measured.get(power).get(1)).as("averageDuration at %d MB", power)
                        .isCloseTo(full.get(power).get(1), within(1e-9 * full.get(power).get(1)));
                reachedNum++;
            }
        }
        assertThat(reachedNum).isGreaterThanOrEqualTo(2);
    }

    private static JsonNode run(String extra) {
        String arn = tuner.registerTarget(FunctionDefinition.builder(TARGET).memorySize(1024).timeout(60)
                .description("seeded noise").profile(PROFILE).build());
        TunerRun run = tuner.run("{\"lambdaARN\": \"" + arn + "\", \"num\": " + NUM + ", \"strategy\": \"cost\","
                + " \"powerValues\": [128, 256, 512, 1024, 1536, 3008], \"includeOutputResults\": true" + extra + "}");
        assertThat(run.status()).as(run.describe()).isEqualTo(ExecutionStatus.SUCCEEDED);
        return run.output();
    }

    /** Per size: averagePrice and averageDuration. */
    private static Map<Integer, List<Double>> figures(JsonNode output) {
        Map<Integer, List<Double>> out = new LinkedHashMap<>();
        for (JsonNode stat : output.path("stats")) {
            out.put(stat.path("value").intValue(), List.of(stat.path("averagePrice").doubleValue(),
                    stat.path("averageDuration").doubleValue()));
        }
        return out;
    }
}
