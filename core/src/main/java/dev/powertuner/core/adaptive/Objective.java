package dev.powertuner.core.adaptive;

import dev.powertuner.core.strategy.Strategy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The strategy's objective per size with its interval (docs/adaptive.md), all minimised: cost is the price of one
 * invocation without the request charge (as the Analyzer's {@code averagePrice}), speed the duration, balanced the
 * score {@code w·cost/maxCost + (1−w)·duration/maxDuration} with the maxima of the point estimates over every size
 * that has samples (dropped ones too, at their last estimate, as the Analyzer normalises over all kept sizes).
 */
final class Objective {

    private Objective() {
    }

    /** Intervals of {@code contenders} by power; {@code all} supplies the balanced maxima. */
    static Map<Integer, Interval> intervals(Strategy strategy, double weight, double confidence,
            List<SizeSummary> contenders, List<SizeSummary> all) {
        Map<Integer, Interval> out = new LinkedHashMap<>();
        double maxCost = 0;
        double maxDuration = 0;
        for (SizeSummary s : all) {
            if (s.samples() > 0) {
                maxCost = Math.max(maxCost, s.cost(confidence).point());
                maxDuration = Math.max(maxDuration, s.duration(confidence).point());
            }
        }
        double w = Strategy.clampWeight(weight);
        for (SizeSummary s : contenders) {
            out.put(s.power(), of(strategy, s, confidence, w, maxCost, maxDuration));
        }
        return out;
    }

    private static Interval of(Strategy strategy, SizeSummary s, double confidence, double w, double maxCost,
            double maxDuration) {
        switch (strategy) {
            case SPEED:
                return s.duration(confidence);
            case BALANCED:
                // cost and duration of one size come from the same invocations, so their bounds move together
                return s.cost(confidence).combine(maxCost > 0 ? w / maxCost : 0, s.duration(confidence),
                        maxDuration > 0 ? (1 - w) / maxDuration : 0);
            default:
                return s.cost(confidence);
        }
    }
}
