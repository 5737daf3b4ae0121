package dev.powertuner.core.step;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.powertuner.core.FakeLambda;
import dev.powertuner.core.adaptive.AdaptiveJson;
import dev.powertuner.core.cost.PriceTable;
import dev.powertuner.core.model.StateJson;
import dev.powertuner.core.port.InvocationResult;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** An adaptive run through the core steps as the state machine wires them (docs/adaptive.md). */
class AdaptiveFlowTest {

    private final FakeLambda fake = Runs.fake();
    private final AtomicInteger invocations = new AtomicInteger();
    private final List<String> payloads = new CopyOnWriteArrayList<>();
    private final Executor executor = new Executor(fake, Runs.NO_S3, millis -> { }, PriceTable.bundled(), 10);

    AdaptiveFlowTest() {
        // 12,800 / memory ms with ±4 % of deterministic wobble, so every size has a spread
        fake.withBehaviour(Runs.NAME, (q, m, p, i) -> {
            invocations.incrementAndGet();
            if (m == 512) {
                payloads.add(p);
            }
            double d = 12_800.0 / m * (1 + 0.04 * Math.sin(i * 1.7 + m));
            return new InvocationResult(null, "{}", FakeLambda.report(d, (long) Math.ceil(d), 0));
        });
    }

    /** Decide, round, decide … until sampling ends, then the Analyzer; returns the state with its analysis. */
    private ObjectNode run(String input) {
        ObjectNode state = Runs.published(fake, Runs.json(input));
        while (Decider.applies(state)) {
            state.set(AdaptiveJson.STATE_FIELD, Decider.decide(state));
            ArrayNode batch = Runs.MAPPER.createArrayNode();
            for (JsonNode power : state.path(AdaptiveJson.STATE_FIELD).path("contenders")) {
                Executor.Outcome outcome = executor.run(Runs.event(state, power.asInt()), () -> 600_000L);
                ObjectNode entry = (ObjectNode) StateJson.toJson(outcome.result());
                entry.set(AdaptiveJson.SUMMARY, AdaptiveJson.toJson(outcome.summary()));
                batch.add(entry);
            }
            ((ObjectNode) state.path(AdaptiveJson.STATE_FIELD)).set(AdaptiveJson.BATCH, batch);
        }
        state.set("analysis", StateJson.toJson(new Analyzer(PriceTable.bundled(), "us-east-1", null).analyze(state)
                .orElseThrow()));
        return state;
    }

    @Test
    void roundsDropTheSlowSizesAndTheAnalysisReportsWhatEachSizeGot() {
        ObjectNode state = run("{'lambdaARN':'fn','num':20,'strategy':'speed','adaptive':true,"
                + "'includeOutputResults':true}");

        JsonNode analysis = state.path("analysis");
        JsonNode adaptive = analysis.path("adaptive");
        assertThat(analysis.path("power").asInt()).isEqualTo(3008);
        assertThat(adaptive.path("fullInvocations").asInt()).isEqualTo(120);
        assertThat(adaptive.path("totalInvocations").asInt()).isEqualTo(invocations.get()).isLessThan(120);
        assertThat(adaptive.path("dropped").path("128").asInt()).isEqualTo(1);
        assertThat(adaptive.path("invocations").path("128").asInt()).isEqualTo(5);
        assertThat(adaptive.path("confidence").asDouble()).isEqualTo(0.95);
        assertThat(adaptive.path("intervals").path("3008").path("low").asDouble())
                .isLessThan(adaptive.path("intervals").path("3008").path("high").asDouble());
        assertThat(analysis.path("stats").get(0).path("invocations").asInt()).isEqualTo(5);
    }

    @Test
    void aNormalRunRecordsNoAdaptiveSettingsAndNeverDecides() {
        ObjectNode state = Runs.published(fake, Runs.json("{'lambdaARN':'fn','num':5}"));

        assertThat(state.path("lambdaConfigurations").has("adaptive")).isFalse();
        assertThat(Decider.applies(state)).isFalse();
    }

    @Test
    void dryRunIgnoresAdaptive() {
        ObjectNode state = Runs.published(fake, Runs.json("{'lambdaARN':'fn','num':5,'dryRun':true,'adaptive':true}"));

        assertThat(Decider.applies(state)).isFalse();
    }

    @Test
    void aRoundInvokesOnlyUpToItsTargetWithTheNextPayloads() {
        // cost is nearly flat (12,800 / m ms at m MB), so neither size can be dropped after 3 invocations
        ObjectNode state = Runs.published(fake, Runs.json("{'lambdaARN':'fn','num':10,'powerValues':[512,1024],"
                + "'adaptive':{'minInvocations':3},'payload':[{'weight':1,'payload':'a'},{'weight':1,'payload':'b'}]}"));
        state.set(AdaptiveJson.STATE_FIELD, Decider.decide(state));
        ArrayNode batch = ((ObjectNode) state.path(AdaptiveJson.STATE_FIELD)).putArray(AdaptiveJson.BATCH);
        Executor.Outcome first = null;
        for (int power : new int[] {512, 1024}) {
            Executor.Outcome outcome = executor.run(Runs.event(state, power), () -> 600_000L);
            ObjectNode entry = (ObjectNode) StateJson.toJson(outcome.result());
            entry.set(AdaptiveJson.SUMMARY, AdaptiveJson.toJson(outcome.summary()));
            batch.add(entry);
            first = first == null ? outcome : first;
        }
        state.set(AdaptiveJson.STATE_FIELD, Decider.decide(state));
        Executor.Outcome second = executor.run(Runs.event(state, 512), () -> 600_000L);

        assertThat(first.result().invocations()).isEqualTo(3);
        assertThat(first.summary().samples()).isEqualTo(3);
        assertThat(second.result().invocations()).isEqualTo(3);
        assertThat(payloads).containsExactly("\"a\"", "\"a\"", "\"a\"", "\"a\"", "\"a\"", "\"b\"");
    }
}
