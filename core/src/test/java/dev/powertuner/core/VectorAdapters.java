package dev.powertuner.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.powertuner.core.cost.PriceTable;
import dev.powertuner.core.cost.Pricing;
import dev.powertuner.core.js.Js;
import dev.powertuner.core.model.StateJson;
import dev.powertuner.core.model.TuningInput;
import dev.powertuner.core.payload.Payloads;
import dev.powertuner.core.payload.S3Payloads;
import dev.powertuner.core.port.FunctionConfiguration;
import dev.powertuner.core.port.PayloadSource;
import dev.powertuner.core.report.LogParser;
import dev.powertuner.core.stats.Stats;
import dev.powertuner.core.step.Analyzer;
import dev.powertuner.core.strategy.Candidate;
import dev.powertuner.core.viz.VisualizationUrl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Adapters from the reference-shaped vectors to powertuner's API (conformance-vectors.json). */
final class VectorAdapters {

    static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final String TUNER_REGION = "us-east-1";
    static final PriceTable PRICES = PriceTable.bundled();
    private static final Set<String> SUBSET_RESULTS = Set.of("generatePayloads", "functionConfig", "analyzer",
            "initializer", "publisher", "cleaner", "optimizer");

    /**
     * Vectors whose powertuner expectation contradicts DESIGN.md (restoring $LATEST): the Publisher call that
     * publishes the last configuration also restores $LATEST (one more UpdateFunctionConfiguration and waiter).
     */
    static final Map<String, String> KNOWN_DEVIATIONS = Map.of(
            "publisher: last of two configurations",
            "{\"iterator\":{\"index\":2,\"count\":2,\"continue\":false},\"calls\":{\"UpdateFunctionConfiguration\":2,"
                    + "\"waitUntilFunctionUpdated\":2,\"PublishVersion\":1,\"CreateAlias\":1}}",
            "publisher: existing alias is updated",
            "{\"calls\":{\"UpdateAlias\":1,\"CreateAlias\":0,\"waitUntilFunctionUpdated\":2}}");

    private VectorAdapters() {
    }

    /** What powertuner must do: the {@code powertuner} object, a known deviation, or the reference expectation. */
    static JsonNode expectation(JsonNode vector) {
        String deviation = KNOWN_DEVIATIONS.get(vector.path("name").asText());
        if (deviation != null) {
            ObjectNode o = F.objectNode();
            o.set("expected", parse(deviation));
            return o;
        }
        JsonNode pt = vector.path("powertuner");
        return pt.isObject() ? pt : vector;
    }

    static JsonNode parse(String json) {
        try {
            return ConformanceVectorsTest.MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void check(JsonNode vector, JsonNode expectation, JsonNode actual, Run run) {
        String fn = vector.path("fn").asText();
        JsonNode expected = expectation.path("expected");
        if (expectation.path("expectedUndefined").asBoolean(false)) {
            assertThat(actual).isNull();
            return;
        }
        if ("analyzer".equals(fn)) {
            StepAdapters.checkAnalysis(vector.path("input").path("event"), expected, actual);
            return;
        }
        matches(actual, expected, SUBSET_RESULTS.contains(fn), "$", run);
    }

    static void matches(JsonNode actual, JsonNode expected, boolean subset, String path, Run run) {
        if (expected.isNumber()) {
            assertThat(actual != null && actual.isNumber()).as("%s is a number: %s", path, actual).isTrue();
            assertThat(actual.doubleValue()).as(path).isEqualTo(expected.doubleValue());
        } else if (expected.isNull()) {
            assertThat(actual == null || actual.isNull()).as("%s is null: %s", path, actual).isTrue();
        } else if (expected.isArray()) {
            assertThat(actual.isArray()).as("%s is an array: %s", path, actual).isTrue();
            assertThat(actual.size()).as("%s size", path).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                matches(actual.get(i), expected.get(i), subset, path + "[" + i + "]", run);
            }
        } else if (expected.isObject()) {
            assertThat(actual.isObject()).as("%s is an object: %s", path, actual).isTrue();
            if (!subset) {
                assertThat(actual.size()).as("%s size", path).isEqualTo(expected.size());
            }
            expected.properties().forEach(e -> {
                if ("calls".equals(e.getKey()) && run != null) {
                    e.getValue().properties().forEach(c -> assertThat(run.fake().calls(c.getKey()))
                            .as("calls of %s", c.getKey()).isEqualTo(c.getValue().asInt()));
                } else {
                    matches(actual.get(e.getKey()), e.getValue(), subset, path + "." + e.getKey(), run);
                }
            });
        } else {
            assertThat(actual).as(path).isEqualTo(expected);
        }
    }

    /** One vector's call, with its fake Lambda. */
    static final class Run {
        private final JsonNode vector;
        private final JsonNode input;
        private final FakeLambda fake = new FakeLambda().withFunction("arnOK", 1024, "the original description");

        Run(JsonNode vector) {
            this.vector = vector;
            this.input = vector.path("input");
        }

        FakeLambda fake() {
            return fake;
        }

        JsonNode execute() {
            String fn = vector.path("fn").asText();
            switch (fn) {
                case "extractDuration":
                case "extractDurationFromJson":
                    return DoubleNode.valueOf(LogParser.extract(text("log"), input.path("metric").asText("durationMs")));
                case "parseLogAndExtractDurations":
                    return doubles(LogParser.durations(strings(input.path("logs"))));
                case "parseLogAndExtractBilledDurations":
                    return doubles(LogParser.billedDurations(strings(input.path("logs"))));
                case "base64decode":
                    return TextNode.valueOf(LogParser.decode(input.get("base64")));
                case "computeAverageDuration":
                    return DoubleNode.valueOf(Stats.trimmedMean(numbers(input.path("durations")),
                            input.path("discardTopBottom").asDouble()));
                default:
                    return executePricing(fn);
            }
        }

        private JsonNode executePricing(String fn) {
            switch (fn) {
                case "computePrice":
                    return DoubleNode.valueOf(Pricing.computePrice(input.path("pricePerMsAt128").asDouble(),
                            input.path("minRam").asInt(), input.path("memory").asInt(), input.path("durationMs").asDouble()));
                case "computeTotalCost":
                    return DoubleNode.valueOf(Pricing.computeTotalCost(input.path("pricePerMsAt128").asDouble(),
                            input.path("minRam").asInt(), input.path("memory").asInt(),
                            numbers(input.path("billedDurations"))));
                case "baseCostForRegion":
                    return DoubleNode.valueOf(Pricing.baseCostForRegion(priceMap(input.path("priceMap")),
                            text("region")));
                case "lambdaBaseCost":
                    Map<String, Map<String, Double>> table = new LinkedHashMap<>();
                    input.path("priceTable").properties().forEach(e -> table.put(e.getKey(), priceMap(e.getValue())));
                    return DoubleNode.valueOf(Pricing.lambdaBaseCost(table, text("region"), text("architecture")));
                case "functionConfig":
                    return functionConfig(input.path("configuration"));
                case "stepFunctionsCost":
                    return DoubleNode.valueOf(Pricing.stepFunctionsCost(input.path("pricePerTransition").asDouble(),
                            input.path("nPower").asInt(), input.path("onlyColdStarts").asBoolean(),
                            input.path("num").asInt()));
                case "stepFunctionsBaseCost":
                    return DoubleNode.valueOf(Pricing.baseCostForRegion(priceMap(input.path("sfCosts")), text("region")));
                default:
                    return executePayloads(fn);
            }
        }

        private JsonNode executePayloads(String fn) {
            switch (fn) {
                case "convertPayload":
                    String converted = Payloads.convert(input.path("payload"));
                    return converted == null ? null : TextNode.valueOf(converted);
                case "isWeightedPayload":
                    return BooleanNode.valueOf(Payloads.isWeighted(input.path("payload")));
                case "generatePayloads":
                    return generated(Payloads.generate(input.path("payload"), input.path("num").asInt()));
                case "fetchPayloadFromS3":
                    return S3Payloads.fetch(s3Source(), input.path("s3Path"));
                case "buildVisualizationURL":
                    List<Candidate> candidates = new ArrayList<>();
                    input.path("stats").forEach(s -> candidates.add(new Candidate(s.path("power").asInt(),
                            s.path("cost").asDouble(), s.path("duration").asDouble())));
                    return TextNode.valueOf(VisualizationUrl.build(candidates, text("baseUrl"), text("region")));
                case "allPowerValues":
                    return ConformanceVectorsTest.MAPPER.valueToTree(TuningInput.allPowerValues());
                case "buildAliasString":
                    JsonNode index = input.path("index");
                    return TextNode.valueOf(ReferenceHelpers.buildAlias(text("baseAlias"), Js.truthy(input.path("onlyColdStarts")),
                            index.isMissingNode() ? null : index.asInt()));
                case "regionFromArn":
                    return TextNode.valueOf(ReferenceHelpers.regionFromArn(input.path("lambdaARN")));
                case "analyzer":
                    JsonNode event = input.path("event");
                    return new Analyzer(PRICES, TUNER_REGION, VisualizationUrl.DEFAULT_BASE)
                            .analyze(event.isMissingNode() ? null : event)
                            .map(StateJson::toJson).orElse(NullNode.getInstance());
                default:
                    return StepAdapters.execute(fn, input, fake);
            }
        }

        private String text(String name) {
            JsonNode v = input.path(name);
            return v.isTextual() ? v.textValue() : null;
        }

        private PayloadSource s3Source() {
            JsonNode object = input.path("s3Object");
            JsonNode error = input.path("s3Error");
            return (bucket, key) -> {
                if (error.isObject()) {
                    throw new PayloadSource.FetchException(error.path("statusCode").asInt(),
                            error.path("message").asText(), null);
                }
                return object.path("body").asText();
            };
        }
    }

    static JsonNode functionConfig(JsonNode c) {
        JsonNode archs = c.path("Architectures");
        FunctionConfiguration config = new FunctionConfiguration("arn:aws:lambda:us-east-1:123456789012:function:f",
                "$LATEST", c.path("MemorySize").asInt(), c.path("Description").asText(null),
                archs.isArray() && archs.size() > 0 ? archs.get(0).asText() : null, c.path("State").asText(null),
                c.path("LastUpdateStatus").asText(null), 512);
        ObjectNode o = F.objectNode();
        o.put("architecture", config.architecture());
        o.put("isPending", config.isPending());
        return o;
    }

    static JsonNode generated(List<String> payloads) {
        ObjectNode o = F.objectNode();
        o.put("length", payloads.size());
        if (!payloads.isEmpty() && payloads.stream().allMatch(p -> p.equals(payloads.get(0)))) {
            o.put("every", payloads.get(0));
        }
        var counts = o.putArray("counts");
        int run = 0;
        for (int i = 0; i < payloads.size(); i++) {
            run++;
            if (i == payloads.size() - 1 || !payloads.get(i).equals(payloads.get(i + 1))) {
                counts.add(run);
                run = 0;
            }
        }
        return o;
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.isNull() ? null : n.asText()));
        return out;
    }

    static List<Double> numbers(JsonNode array) {
        List<Double> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asDouble()));
        return out;
    }

    static JsonNode doubles(List<Double> values) {
        var array = F.arrayNode();
        values.forEach(array::add);
        return array;
    }

    static Map<String, Double> priceMap(JsonNode node) {
        Map<String, Double> out = new LinkedHashMap<>();
        node.properties().forEach(e -> out.put(e.getKey(), e.getValue().asDouble()));
        return out;
    }
}
