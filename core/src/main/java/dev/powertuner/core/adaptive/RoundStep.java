package dev.powertuner.core.adaptive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.powertuner.core.model.AdaptiveSettings;
import dev.powertuner.core.model.PowerValueResult;
import dev.powertuner.core.model.StateJson;
import dev.powertuner.core.strategy.Strategy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The decision step between rounds (docs/adaptive.md), pure: reads {@code $.adaptiveRun} (missing before the first
 * round), merges the round's {@code batch} into each size's results and summary, drops sizes, and returns the new
 * {@code $.adaptiveRun} without the batch.
 *
 * @param settings    the validated {@code adaptive} input
 * @param powerValues the sizes of the run, in input order
 * @param num         the most invocations per size
 */
public record RoundStep(AdaptiveSettings settings, List<Integer> powerValues, int num, Strategy strategy,
                        double weight) {

    public RoundStep {
        powerValues = List.copyOf(powerValues);
    }

    /** The next {@code $.adaptiveRun}. */
    public ObjectNode decide(JsonNode adaptiveRun) {
        if (adaptiveRun == null || !adaptiveRun.isObject()) {
            return AdaptiveJson.toJson(Progress.start(settings, powerValues, num), List.of());
        }
        Progress progress = AdaptiveJson.progress(adaptiveRun);
        Map<Integer, PowerValueResult> results = new LinkedHashMap<>();
        AdaptiveJson.results(adaptiveRun).forEach(r -> results.put(r.value(), r));
        List<SizeSummary> batches = new ArrayList<>();
        List<Integer> failedNow = new ArrayList<>();
        for (JsonNode entry : adaptiveRun.path(AdaptiveJson.BATCH)) {
            PowerValueResult r = StateJson.powerValueResult(entry);
            results.put(r.value(), ResultMerge.merge(results.get(r.value()), r));
            if (r.failed()) {
                failedNow.add(r.value());
            } else if (entry.path(AdaptiveJson.SUMMARY).isObject()) {
                batches.add(AdaptiveJson.summary(entry.path(AdaptiveJson.SUMMARY)));
            }
        }
        Progress decided = Rounds.decide(progress.withRound(batches, failedNow), strategy, weight, num);
        Map<Integer, SizeSummary> summaries = new LinkedHashMap<>();
        decided.summaries().forEach(s -> summaries.put(s.power(), s));
        List<PowerValueResult> ordered = new ArrayList<>();
        for (int p : powerValues) {
            if (results.containsKey(p)) {
                ordered.add(ResultMerge.exact(results.get(p), summaries.get(p)));
            }
        }
        return AdaptiveJson.toJson(decided, ordered);
    }
}
