package dev.powertuner.core.adaptive;

import dev.powertuner.core.model.AdaptiveSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where an adaptive run stands (docs/adaptive.md): the settings, the rounds run, each size's summary, the sizes
 * dropped (with their round) or failed, and whether sampling is over.
 *
 * @param round      rounds completed (0 before the first)
 * @param target     cumulative invocations per contender once the current (or next) round has run
 * @param summaries  one per size that has not failed, in powerValues order
 * @param dropped    power → round in which it was dropped
 * @param failed     sizes whose Executor failed: out of contention, reported as in a normal run
 * @param done       no further round
 * @param confidence the level at which the winner stands apart from every other contender (see {@link Rounds})
 */
public record Progress(AdaptiveSettings settings, int round, int target, List<SizeSummary> summaries,
                       Map<Integer, Integer> dropped, List<Integer> failed, boolean done, double confidence) {

    public Progress {
        summaries = List.copyOf(summaries);
        dropped = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(dropped));
        failed = List.copyOf(failed);
    }

    /** Before the first round: every size in contention with no invocations. */
    public static Progress start(AdaptiveSettings settings, List<Integer> powerValues, int num) {
        List<SizeSummary> summaries = new ArrayList<>();
        for (int p : powerValues) {
            summaries.add(new SizeSummary(p, 0, 0, 0, 0, 0, 0, 0));
        }
        return new Progress(settings, 0, Schedule.first(settings, num), summaries, Map.of(), List.of(), false, 0);
    }

    /** Sizes that the next round invokes: neither dropped nor failed (none once done). */
    public List<SizeSummary> contenders() {
        List<SizeSummary> out = new ArrayList<>();
        if (done) {
            return out;
        }
        for (SizeSummary s : summaries) {
            if (!dropped.containsKey(s.power())) {
                out.add(s);
            }
        }
        return out;
    }

    /** Whether {@code power} is still invoked. */
    public boolean contends(int power) {
        return contenders().stream().anyMatch(s -> s.power() == power);
    }

    /** Invocations the next round makes at {@code power}: up to the target. */
    public int batch(int power) {
        for (SizeSummary s : contenders()) {
            if (s.power() == power) {
                return Math.max(0, target - s.invocations());
            }
        }
        return 0;
    }

    /** Invocations made so far over all sizes. */
    public int totalInvocations() {
        return summaries.stream().mapToInt(SizeSummary::invocations).sum();
    }

    /** This progress with the round's batches added and the sizes that failed in it removed from contention. */
    public Progress withRound(List<SizeSummary> batches, List<Integer> failedNow) {
        List<SizeSummary> merged = new ArrayList<>();
        for (SizeSummary s : summaries) {
            SizeSummary m = s;
            for (SizeSummary b : batches) {
                if (b.power() == s.power()) {
                    m = m.plus(b);
                }
            }
            if (!failedNow.contains(s.power())) {
                merged.add(m);
            }
        }
        List<Integer> allFailed = new ArrayList<>(failed);
        allFailed.addAll(failedNow);
        return new Progress(settings, round + 1, target, merged, dropped, allFailed, done, confidence);
    }
}
