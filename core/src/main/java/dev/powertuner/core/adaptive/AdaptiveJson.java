package dev.powertuner.core.adaptive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.powertuner.core.model.AdaptiveSettings;
import dev.powertuner.core.model.PowerValueResult;
import dev.powertuner.core.model.StateJson;
import dev.powertuner.core.strategy.Strategy;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The field names of the adaptive part of the state, {@code $.adaptiveRun} (docs/adaptive.md): the progress, each
 * size's results over the rounds so far, and, while a round's Map writes it, that round's {@code batch}.
 */
public final class AdaptiveJson {

    /** Where the decision step writes (ResultPath) and the Round map reads its items. */
    public static final String STATE_FIELD = "adaptiveRun";
    /** The Round map's results, inside {@link #STATE_FIELD}. */
    public static final String BATCH = "batch";
    /** An Executor result's summary of its batch. */
    public static final String SUMMARY = "summary";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private AdaptiveJson() {
    }

    /** The state field: progress, the sizes the next round invokes, and every size's results so far. */
    public static ObjectNode toJson(Progress p, List<PowerValueResult> results) {
        ObjectNode o = F.objectNode();
        o.put("round", p.round());
        o.put("target", p.target());
        o.put("done", p.done());
        o.put("confidence", p.confidence());
        o.put("minInvocations", p.settings().minInvocations());
        o.put("level", p.settings().confidence());
        ArrayNode contenders = o.putArray("contenders");
        p.contenders().forEach(s -> contenders.add(s.power()));
        ArrayNode summaries = o.putArray("summaries");
        p.summaries().forEach(s -> summaries.add(toJson(s)));
        o.set("dropped", dropped(p.dropped()));
        ArrayNode failed = o.putArray("failed");
        p.failed().forEach(failed::add);
        ArrayNode stats = o.putArray("results");
        results.forEach(r -> stats.add(StateJson.toJson(r)));
        return o;
    }

    /**
     * The {@code adaptive} object of the analysis: rounds, invocations per size, their total, what a full run spends,
     * the confidence reached, the dropped sizes with their round, and each size's objective interval.
     */
    public static ObjectNode output(Progress p, List<PowerValueResult> results, int num, int sizes, Strategy strategy,
            double weight) {
        ObjectNode o = F.objectNode();
        o.put("rounds", p.round());
        ObjectNode invocations = o.putObject("invocations");
        int total = 0;
        for (PowerValueResult r : results) {
            int n = r.invocations() == null ? 0 : r.invocations();
            invocations.put(Integer.toString(r.value()), n);
            total += n;
        }
        o.put("totalInvocations", total);
        o.put("fullInvocations", (long) num * sizes);
        o.put("confidence", p.confidence());
        o.set("dropped", dropped(p.dropped()));
        ObjectNode intervals = o.putObject("intervals");
        Rounds.intervals(p, strategy, weight).forEach((power, i) -> {
            ObjectNode entry = intervals.putObject(Integer.toString(power));
            entry.put("objective", strategy.inputName());
            putFinite(entry, "estimate", i.point());
            putFinite(entry, "low", i.low());
            putFinite(entry, "high", i.high());
        });
        return o;
    }

    /** JSON has no infinity: an unbounded side is left out. */
    private static void putFinite(ObjectNode o, String name, double value) {
        if (Double.isFinite(value)) {
            o.put(name, value);
        }
    }

    /** {@code {"256": 1}}: size → round. */
    public static ObjectNode dropped(Map<Integer, Integer> dropped) {
        ObjectNode o = F.objectNode();
        dropped.forEach((power, round) -> o.put(Integer.toString(power), round));
        return o;
    }

    /** The progress written by {@link #toJson(Progress, List)}. */
    public static Progress progress(JsonNode o) {
        AdaptiveSettings settings = new AdaptiveSettings(o.path("level").doubleValue(),
                o.path("minInvocations").intValue());
        List<SizeSummary> summaries = new ArrayList<>();
        o.path("summaries").forEach(s -> summaries.add(summary(s)));
        Map<Integer, Integer> dropped = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = o.path("dropped").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            dropped.put(Integer.parseInt(e.getKey()), e.getValue().intValue());
        }
        List<Integer> failed = new ArrayList<>();
        o.path("failed").forEach(f -> failed.add(f.intValue()));
        return new Progress(settings, o.path("round").intValue(), o.path("target").intValue(), summaries, dropped,
                failed, o.path("done").booleanValue(), o.path("confidence").doubleValue());
    }

    /** Each size's results over the rounds so far. */
    public static List<PowerValueResult> results(JsonNode o) {
        List<PowerValueResult> out = new ArrayList<>();
        o.path("results").forEach(r -> out.add(StateJson.powerValueResult(r)));
        return out;
    }

    public static ObjectNode toJson(SizeSummary s) {
        ObjectNode o = F.objectNode();
        o.put("power", s.power());
        o.put("invocations", s.invocations());
        o.put("samples", s.samples());
        o.put("sumLog", s.sumLog());
        o.put("sumLogSq", s.sumLogSq());
        o.put("sumLogBilled", s.sumLogBilled());
        o.put("sumLogBilledSq", s.sumLogBilledSq());
        o.put("msPrice", s.msPrice());
        if (s.averages() != null) {
            o.set("averages", s.averages().toJson());
        }
        return o;
    }

    public static SizeSummary summary(JsonNode o) {
        return new SizeSummary(o.path("power").intValue(), o.path("invocations").intValue(),
                o.path("samples").intValue(), o.path("sumLog").doubleValue(), o.path("sumLogSq").doubleValue(),
                o.path("sumLogBilled").doubleValue(), o.path("sumLogBilledSq").doubleValue(),
                o.path("msPrice").doubleValue(), Averages.fromJson(o.get("averages")));
    }
}
