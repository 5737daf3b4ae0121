package dev.powertuner.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.powertuner.core.error.InvalidInputException;
import dev.powertuner.core.js.Js;
import java.util.ArrayList;
import java.util.List;

/** The one class that knows the JSON field names and order of the state (DESIGN.md). */
public final class StateJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String POWER_VALUES = "powerValues";
    private static final String ERROR_TYPE = "errorType";
    private static final String ERROR_MESSAGE = "errorMessage";
    private static final String INVOCATIONS = "invocations";
    private static final String ERRORS = "errors";
    private static final String TOTAL_COST = "totalCost";
    private static final String WARM_AVERAGE = "warmAverageDuration";
    private static final String COLD_START = "coldStartDuration";
    private static final String BILLED_INIT = "averageBilledInitDuration";

    /** The adaptive settings in {@code $.lambdaConfigurations}: present only in an adaptive run. */
    public static final String ADAPTIVE = "adaptive";

    private StateJson() {
    }

    /** {@code $.lambdaConfigurations} → state; throws {@code Invalid iterator for initialization} when unusable. */
    public static TuningState fromJson(JsonNode c) {
        if (c == null || !c.isObject() || !c.path("iterator").isObject() || !c.path(POWER_VALUES).isArray()) {
            throw new InvalidInputException("Invalid iterator for initialization");
        }
        List<Integer> powers = new ArrayList<>();
        for (JsonNode p : c.path(POWER_VALUES)) {
            powers.add((int) Js.parseInt(p));
        }
        JsonNode it = c.path("iterator");
        List<FailedPowerValue> failed = new ArrayList<>();
        for (JsonNode f : c.path("failedPowerValues")) {
            failed.add(new FailedPowerValue((int) Js.parseInt(f.path("power")), f.path(ERROR_TYPE).asText(null),
                    f.path(ERROR_MESSAGE).asText(null)));
        }
        double num = Js.parseInt(c.path("num"));
        return new TuningState(c.path("lambdaARN").asText(null), powers, Double.isNaN(num) ? 0 : (int) num,
                Js.truthy(c.path("onlyColdStarts")), c.path("runId").asText(null),
                c.path("originalMemorySize").asInt(0), c.path("originalDescription").asText(""),
                new PublishIterator(it.path("index").asInt(0), it.path("count").asInt(0),
                        Js.truthy(it.path("continue"))),
                failed, adaptive(c.path(ADAPTIVE)));
    }

    /** State → {@code $.lambdaConfigurations}. */
    public static JsonNode toJson(TuningState s) {
        ObjectNode o = F.objectNode();
        o.put("lambdaARN", s.lambdaArn());
        ArrayNode powers = o.putArray(POWER_VALUES);
        s.powerValues().forEach(powers::add);
        o.put("num", s.num());
        o.put("onlyColdStarts", s.onlyColdStarts());
        o.put("runId", s.runId());
        o.put("originalMemorySize", s.originalMemorySize());
        o.put("originalDescription", s.originalDescription());
        ObjectNode it = o.putObject("iterator");
        it.put("index", s.iterator().index());
        it.put("count", s.iterator().count());
        it.put("continue", s.iterator().more());
        ArrayNode failed = o.putArray("failedPowerValues");
        s.failedPowerValues().forEach(f -> failed.add(toJson(f)));
        if (s.adaptive() != null) {
            ObjectNode a = o.putObject(ADAPTIVE);
            a.put("confidence", s.adaptive().confidence());
            a.put("minInvocations", s.adaptive().minInvocations());
        }
        return o;
    }

    /** The recorded adaptive settings; null when absent (a normal run). */
    public static AdaptiveSettings adaptive(JsonNode recorded) {
        if (recorded == null || !recorded.isObject()) {
            return null;
        }
        return new AdaptiveSettings(recorded.path("confidence").doubleValue(), recorded.path("minInvocations").intValue());
    }

    /** {@code {power, errorType, errorMessage}}. */
    public static ObjectNode toJson(FailedPowerValue f) {
        ObjectNode o = F.objectNode();
        o.put("power", f.power());
        o.put(ERROR_TYPE, f.errorType());
        o.put(ERROR_MESSAGE, f.errorMessage());
        return o;
    }

    /** An Executor result, compact, reference fields first. */
    public static JsonNode toJson(PowerValueResult r) {
        ObjectNode o = F.objectNode();
        o.put("value", r.value());
        if (r.failed()) {
            o.put("failed", true);
            o.put(ERROR_TYPE, r.errorType());
            o.put(ERROR_MESSAGE, r.errorMessage());
            putInt(o, INVOCATIONS, r.invocations());
            putInt(o, ERRORS, r.errors());
            putDouble(o, TOTAL_COST, r.totalCost());
        } else {
            putDouble(o, "averagePrice", r.averagePrice());
            putDouble(o, "averageDuration", r.averageDuration());
            putDouble(o, TOTAL_COST, r.totalCost());
            putMeasures(o, r);
        }
        putText(o, "architecture", r.architecture());
        putText(o, "currency", r.currency());
        return o;
    }

    /** A {@code stats} entry of the analysis: the result without totalCost, architecture and currency. */
    public static JsonNode statsEntry(PowerValueResult r) {
        ObjectNode o = (ObjectNode) toJson(r);
        o.remove(List.of(TOTAL_COST, "architecture", "currency"));
        return o;
    }

    private static void putMeasures(ObjectNode o, PowerValueResult r) {
        putDouble(o, "requestPrice", r.requestPrice());
        putDouble(o, "averageTotalPrice", r.averageTotalPrice());
        putInt(o, INVOCATIONS, r.invocations());
        putInt(o, ERRORS, r.errors());
        putInt(o, "coldStarts", r.coldStarts());
        putDouble(o, "averageInitDuration", r.averageInitDuration());
        putDouble(o, "minDuration", r.minDuration());
        putDouble(o, "maxDuration", r.maxDuration());
        putDouble(o, "p50Duration", r.p50Duration());
        putDouble(o, "p90Duration", r.p90Duration());
        putDouble(o, "p99Duration", r.p99Duration());
        putDouble(o, "stdDevDuration", r.stdDevDuration());
        putDouble(o, WARM_AVERAGE, r.coldStart().warmAverageDuration());
        putDouble(o, COLD_START, r.coldStart().coldStartDuration());
        putDouble(o, BILLED_INIT, r.coldStart().averageBilledInitDuration());
    }

    /** A {@code $.stats} entry → result; {@code value} may be a string (parseInt), absent fields stay null. */
    public static PowerValueResult powerValueResult(JsonNode j) {
        double value = Js.parseInt(Js.field(j, "value"));
        return new PowerValueResult(Double.isNaN(value) ? 0 : (int) value, num(j, "averagePrice"),
                num(j, "averageDuration"), num(j, TOTAL_COST), num(j, "requestPrice"), num(j, "averageTotalPrice"),
                integer(j, INVOCATIONS), integer(j, ERRORS), integer(j, "coldStarts"), num(j, "averageInitDuration"),
                num(j, "minDuration"), num(j, "maxDuration"), num(j, "p50Duration"), num(j, "p90Duration"),
                num(j, "p99Duration"), num(j, "stdDevDuration"), text(j, "architecture"), text(j, "currency"),
                Js.truthy(Js.field(j, "failed")), text(j, ERROR_TYPE), text(j, ERROR_MESSAGE),
                new ColdStartFigures(num(j, WARM_AVERAGE), num(j, COLD_START), num(j, BILLED_INIT)));
    }

    /**
     * The analysis: power, cost, duration, stateMachine, [stats], currency, architecture, [functionName],
     * [failedPowerValues].
     */
    public static JsonNode toJson(Analysis a) {
        ObjectNode o = F.objectNode();
        o.put("power", a.power());
        o.put("cost", a.cost());
        o.put("duration", a.duration());
        ObjectNode sm = o.putObject("stateMachine");
        sm.put("executionCost", a.executionCost());
        sm.put("lambdaCost", a.lambdaCost());
        sm.put("visualization", a.visualization());
        if (a.stats() != null) {
            ArrayNode stats = o.putArray("stats");
            a.stats().forEach(r -> stats.add(statsEntry(r)));
        }
        putText(o, "currency", a.currency());
        putText(o, "architecture", a.architecture());
        putText(o, "functionName", a.functionName());
        putText(o, "region", a.region());
        if (a.projection() != null) {
            o.set("projection", a.projection().deepCopy());
        }
        if (a.adaptive() != null) {
            o.set(ADAPTIVE, a.adaptive().deepCopy());
        }
        if (!a.failedPowerValues().isEmpty()) {
            ArrayNode failed = o.putArray("failedPowerValues");
            a.failedPowerValues().forEach(f -> failed.add(toJson(f)));
        }
        return o;
    }

    private static Double num(JsonNode j, String name) {
        JsonNode v = Js.field(j, name);
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.isTextual() && !Double.isNaN(Js.toNumber(v))) {
            return Js.toNumber(v);
        }
        return null;
    }

    private static Integer integer(JsonNode j, String name) {
        Double d = num(j, name);
        return d == null ? null : d.intValue();
    }

    private static String text(JsonNode j, String name) {
        JsonNode v = Js.field(j, name);
        return v.isTextual() ? v.textValue() : null;
    }

    private static void putDouble(ObjectNode o, String name, Double value) {
        if (value != null) {
            o.put(name, value);
        }
    }

    private static void putInt(ObjectNode o, String name, Integer value) {
        if (value != null) {
            o.put(name, value);
        }
    }

    private static void putText(ObjectNode o, String name, String value) {
        if (value != null) {
            o.put(name, value);
        }
    }
}
