package dev.powertuner.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.powertuner.core.arn.Aliases;
import dev.powertuner.core.arn.RunMarker;
import dev.powertuner.core.cost.Pricing;
import dev.powertuner.core.js.Js;
import dev.powertuner.core.model.CleanupReport;
import dev.powertuner.core.model.PublishIterator;
import dev.powertuner.core.model.TuningState;
import dev.powertuner.core.step.Cleaner;
import dev.powertuner.core.step.Initializer;
import dev.powertuner.core.step.Optimizer;
import dev.powertuner.core.step.Publisher;
import java.util.ArrayList;
import java.util.List;

/** Adapters for the step vectors: reference state shapes → powertuner state (the vectors' notes). */
final class StepAdapters {

    static final String RUN_ID = "vector-run";
    static final String ARN = "arn:aws:lambda:us-east-1:" + FakeLambda.ACCOUNT + ":function:arnOK";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private StepAdapters() {
    }

    static JsonNode execute(String fn, JsonNode input, FakeLambda fake) {
        seedAliases(input.path("existingAliases"), fake);
        input.path("faults").properties().forEach(e -> fake.withFault(e.getKey(),
                e.getValue().path("name").asText(), e.getValue().path("message").asText()));
        JsonNode event = input.path("event").isMissingNode() || input.path("event").isNull() ? null : input.path("event");
        switch (fn) {
            case "initializer":
                return initializer(event, input.path("defaultPowerValues"), fake);
            case "publisher":
                return publisher(event, fake);
            case "cleaner":
                return cleaner(event, fake);
            case "optimizer":
                new Optimizer(fake).optimize(event);
                return F.objectNode();
            default:
                throw new IllegalArgumentException("no adapter for " + fn);
        }
    }

    private static void seedAliases(JsonNode existing, FakeLambda fake) {
        existing.properties().forEach(e -> fake.seedVersion("arnOK", "user version", e.getKey()));
    }

    private static JsonNode initializer(JsonNode event, JsonNode defaults, FakeLambda fake) {
        List<Integer> defaultValues = new ArrayList<>();
        defaults.forEach(d -> defaultValues.add((int) Js.parseInt(d)));
        TuningState state = new Initializer(fake, defaultValues).initialize(event, RUN_ID);
        Publisher publisher = new Publisher(fake);
        while (state.iterator().more()) {
            state = publisher.publish(state, () -> 0L);
        }
        ObjectNode o = F.objectNode();
        o.put("publishedVersionCount", fake.calls("PublishVersion"));
        return o;
    }

    /** initConfigurations with an alias become powerValues; the restore entry (no alias) the original memory. */
    private static JsonNode publisher(JsonNode event, FakeLambda fake) {
        JsonNode lc = event.path("lambdaConfigurations");
        List<Integer> powers = new ArrayList<>();
        int originalMemory = fake.memory("arnOK");
        int referenceIndex = lc.path("iterator").path("index").asInt();
        int index = 0;
        JsonNode entries = lc.path("initConfigurations");
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            if (entry.has("alias")) {
                powers.add((int) Js.parseInt(entry.path("powerValue")));
                index += i < referenceIndex ? 1 : 0;
            } else {
                originalMemory = (int) Js.parseInt(entry.path("powerValue"));
            }
        }
        TuningState state = new TuningState(ARN, powers, 5, false, RUN_ID, originalMemory,
                fake.description("arnOK"), PublishIterator.at(index, powers.size()), List.of());
        TuningState next = new Publisher(fake).publish(state, () -> 0L);
        ObjectNode o = F.objectNode();
        ObjectNode it = o.putObject("iterator");
        it.put("index", next.iterator().index());
        it.put("count", next.iterator().count());
        it.put("continue", next.iterator().more());
        return o;
    }

    /** Adds this run's id and seeds one marked version + alias per alias the run would have created. */
    private static JsonNode cleaner(JsonNode event, FakeLambda fake) {
        JsonNode state = event;
        JsonNode lc = Js.field(event, "lambdaConfigurations");
        if (lc.isObject() && lc.path("powerValues").isArray()) {
            ObjectNode copy = event.deepCopy();
            ((ObjectNode) copy.path("lambdaConfigurations")).put("runId", RUN_ID);
            state = copy;
            boolean cold = Js.truthy(event.path("onlyColdStarts"));
            int num = (int) Js.parseInt(event.path("num"));
            for (JsonNode p : lc.path("powerValues")) {
                int power = (int) Js.parseInt(p);
                for (int i = 0; i < (cold ? num : 1); i++) {
                    String alias = cold ? Aliases.of(power, i) : Aliases.of(power);
                    fake.seedVersion("arnOK", RunMarker.describe("orig", RUN_ID, alias), alias);
                }
            }
        }
        CleanupReport report = new Cleaner(fake).clean(state);
        ObjectNode o = F.objectNode();
        o.put("succeeded", true);
        var deleted = o.putArray("deletedAliases");
        report.deletedAliases().forEach(deleted::add);
        return o;
    }

    static void checkAnalysis(JsonNode event, JsonNode expected, JsonNode actual) {
        if (expected.isNull()) {
            assertThat(actual.isNull()).as("dryRun analysis is null: %s", actual).isTrue();
            return;
        }
        assertThat(actual.path("power").isNumber()).isTrue();
        for (String key : List.of("power", "cost", "duration")) {
            if (expected.has(key)) {
                assertThat(actual.path(key).doubleValue()).as(key).isEqualTo(expected.path(key).doubleValue());
            }
        }
        JsonNode sm = expected.path("stateMachine");
        if (sm.has("lambdaCost")) {
            assertThat(actual.path("stateMachine").path("lambdaCost").doubleValue())
                    .isEqualTo(sm.path("lambdaCost").doubleValue());
        }
        JsonNode ec = sm.path("executionCostEqualsStepFunctionsCost");
        if (ec.isObject()) {
            double price = VectorAdapters.PRICES.stepFunctionsTransition(VectorAdapters.TUNER_REGION);
            double cost = Pricing.stepFunctionsCost(price, ec.path("nPower").asInt(), ec.path("onlyColdStarts").asBoolean(),
                    (int) Math.max(0, Js.parseInt(event.path("num"))));
            assertThat(actual.path("stateMachine").path("executionCost").doubleValue()).isEqualTo(cost);
        }
        JsonNode statsEquals = expected.path("statsEquals");
        for (int i = 0; i < statsEquals.size(); i++) {
            JsonNode want = statsEquals.get(i);
            JsonNode got = actual.path("stats").get(i);
            want.properties().forEach(e ->
                    assertThat(got.path(e.getKey()).doubleValue()).as(e.getKey()).isEqualTo(e.getValue().doubleValue()));
            expected.path("statsAbsentKeys").forEach(k -> assertThat(got.has(k.asText())).as(k.asText()).isFalse());
        }
        expected.path("absentKeys").forEach(k -> assertThat(actual.has(k.asText())).as(k.asText()).isFalse());
    }
}
