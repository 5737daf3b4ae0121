package dev.powertuner.core.adaptive.bench;

import dev.powertuner.core.strategy.Candidate;
import dev.powertuner.core.strategy.Strategy;
import java.util.List;

/**
 * How the adaptive benchmarks judge a pick: how much worse one size is than another on the strategy's objective
 * (cost, duration, or the balanced score normalised over every candidate), relative to the other's.
 */
public final class PickLoss {

    private PickLoss() {
    }

    /** (objective(other) − objective(best)) / objective(best) among {@code candidates}. */
    public static double relative(Strategy s, double weight, List<Candidate> candidates, int other, int best) {
        double maxCost = candidates.stream().mapToDouble(Candidate::cost).max().orElse(1);
        double maxDuration = candidates.stream().mapToDouble(Candidate::duration).max().orElse(1);
        double o = 0;
        double b = 0;
        for (Candidate c : candidates) {
            double v = objective(s, weight, c, maxCost, maxDuration);
            o = c.power() == other ? v : o;
            b = c.power() == best ? v : b;
        }
        return (o - b) / b;
    }

    private static double objective(Strategy s, double weight, Candidate c, double maxCost, double maxDuration) {
        switch (s) {
            case SPEED:
                return c.duration();
            case BALANCED:
                return Strategy.score(c, weight, maxCost, maxDuration);
            default:
                return c.cost();
        }
    }
}
