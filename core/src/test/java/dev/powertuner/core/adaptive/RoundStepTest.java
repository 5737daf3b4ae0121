package dev.powertuner.core.adaptive;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.powertuner.core.model.AdaptiveSettings;
import dev.powertuner.core.model.PowerValueResult;
import dev.powertuner.core.model.StateJson;
import dev.powertuner.core.strategy.Strategy;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundStepTest {

    private final RoundStep step = new RoundStep(new AdaptiveSettings(0.95, 5), List.of(128, 256, 512), 50,
            Strategy.SPEED, 0.5);

    private static ObjectNode entry(int power, double... durations) {
        SizeSummary s = new SizeSummary(power, 0, 0, 0, 0, 0, 0, power / 128.0);
        for (double d : durations) {
            s = s.withSample(d, Math.ceil(d));
        }
        PowerValueResult r = new PowerValueResult(power, 1e-8, durations[0], 1e-7, 2e-7, 2.1e-7, durations.length, 0,
                0, null, 1.0, 2.0, 1.0, 2.0, 2.0, 0.5, "x86_64", "USD", false, null, null);
        ObjectNode o = (ObjectNode) StateJson.toJson(r);
        o.set(AdaptiveJson.SUMMARY, AdaptiveJson.toJson(s));
        return o;
    }

    private static ObjectNode withBatch(ObjectNode run, JsonNode... entries) {
        ArrayNode batch = run.putArray(AdaptiveJson.BATCH);
        for (JsonNode e : entries) {
            batch.add(e);
        }
        return run;
    }

    @Test
    void theFirstCallStartsWithEverySizeInContention() {
        ObjectNode run = step.decide(null);

        assertThat(run.path("contenders")).extracting(JsonNode::intValue).containsExactly(128, 256, 512);
        assertThat(run.path("target").intValue()).isEqualTo(5);
        assertThat(run.path("done").booleanValue()).isFalse();
        assertThat(run.path("results")).isEmpty();
    }

    @Test
    void aRoundIsMergedAndTheClearlySlowerSizesAreDropped() {
        ObjectNode after = step.decide(withBatch(step.decide(null), entry(128, 300, 310, 290, 305, 295),
                entry(256, 150, 155, 148, 152, 149), entry(512, 75, 77, 74, 76, 74)));

        assertThat(after.path("round").intValue()).isEqualTo(1);
        assertThat(after.path("dropped").toString()).isEqualTo("{\"128\":1,\"256\":1}");
        assertThat(after.path("done").booleanValue()).isTrue();
        assertThat(after.has(AdaptiveJson.BATCH)).isFalse();
        assertThat(after.path("results")).hasSize(3);
        assertThat(AdaptiveJson.progress(after).summaries().get(2).samples()).isEqualTo(5);
    }

    @Test
    void aFailedSizeKeepsItsFailedResultAndLeavesTheContest() {
        JsonNode failed = StateJson.toJson(PowerValueResult.failure(512, "Runtime.OutOfMemory", "oom", 1, 1, 1e-7,
                "x86_64", "USD"));

        ObjectNode after = step.decide(withBatch(step.decide(null), entry(128, 100, 120, 90, 110, 95),
                entry(256, 105, 98, 115, 92, 101), failed));

        assertThat(after.path("failed")).extracting(JsonNode::intValue).containsExactly(512);
        assertThat(after.path("contenders")).extracting(JsonNode::intValue).containsExactly(128, 256);
        assertThat(after.path("results").get(2).path("failed").booleanValue()).isTrue();
        assertThat(after.path("target").intValue()).isEqualTo(10);
    }

    @Test
    void theStateFieldReadsBackAsTheSameProgress() {
        ObjectNode after = step.decide(withBatch(step.decide(null), entry(128, 100, 120, 90, 110, 95),
                entry(256, 105, 98, 115, 92, 101), entry(512, 99, 97, 111, 93, 100)));

        assertThat(AdaptiveJson.toJson(AdaptiveJson.progress(after), AdaptiveJson.results(after))).isEqualTo(after);
    }
}
