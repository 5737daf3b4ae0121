package dev.powertuner.core.adaptive;

import dev.powertuner.core.strategy.Strategy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The decision after a round (docs/adaptive.md): the contender with the best point estimate leads; every other
 * contender whose interval lies entirely on the worse side of the leader's is dropped. Sampling stops when one
 * contender is left or the contenders have had num invocations; otherwise the next round raises the target.
 */
public final class Rounds {

    private static final int BISECTIONS = 30;

    private Rounds() {
    }

    /** The progress after deciding on {@code progress}, whose latest round has been merged. */
    public static Progress decide(Progress progress, Strategy strategy, double weight, int num) {
        List<SizeSummary> contenders = progress.contenders();
        double level = progress.settings().confidence();
        Map<Integer, Interval> intervals = Objective.intervals(strategy, weight, level, contenders,
                progress.summaries());
        Integer leader = leader(intervals);
        Map<Integer, Integer> dropped = new LinkedHashMap<>(progress.dropped());
        int left = 0;
        for (Map.Entry<Integer, Interval> e : intervals.entrySet()) {
            if (leader != null && e.getValue().above(intervals.get(leader))) {
                dropped.put(e.getKey(), progress.round());
            } else {
                left++;
            }
        }
        boolean done = left <= 1 || progress.target() >= num;
        int target = done ? progress.target() : Schedule.next(progress.settings(), progress.target(), num);
        Progress decided = new Progress(progress.settings(), progress.round(), target, progress.summaries(), dropped,
                progress.failed(), done, level);
        double reached = done && left > 1 ? separation(decided, strategy, weight) : level;
        return new Progress(decided.settings(), decided.round(), target, decided.summaries(), dropped,
                decided.failed(), done, reached);
    }

    /** Every size's interval at the configured level (a dropped size's as of its last round), by power. */
    public static Map<Integer, Interval> intervals(Progress progress, Strategy strategy, double weight) {
        return Objective.intervals(strategy, weight, progress.settings().confidence(), progress.summaries(),
                progress.summaries());
    }

    /** The power with the smallest point estimate (the first in powerValues order on a tie); null if none has one. */
    static Integer leader(Map<Integer, Interval> intervals) {
        Integer leader = null;
        for (Map.Entry<Integer, Interval> e : intervals.entrySet()) {
            double point = e.getValue().point();
            if (!Double.isNaN(point) && (leader == null || point < intervals.get(leader).point())) {
                leader = e.getKey();
            }
        }
        return leader;
    }

    /**
     * The highest level, up to the configured one, at which the leader's interval is apart from every other
     * remaining size's: how sure the run is of its pick when sampling ended with several sizes left (0.5 = a tie).
     */
    static double separation(Progress done, Strategy strategy, double weight) {
        List<SizeSummary> left = done.summaries().stream().filter(s -> !done.dropped().containsKey(s.power()))
                .collect(java.util.stream.Collectors.toList());
        double lo = 0.5;
        double hi = done.settings().confidence();
        for (int i = 0; i < BISECTIONS; i++) {
            double mid = (lo + hi) / 2;
            if (apart(Objective.intervals(strategy, weight, mid, left, done.summaries()))) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean apart(Map<Integer, Interval> intervals) {
        Integer leader = leader(intervals);
        if (leader == null) {
            return false;
        }
        for (Map.Entry<Integer, Interval> e : intervals.entrySet()) {
            if (!e.getKey().equals(leader) && !e.getValue().above(intervals.get(leader))) {
                return false;
            }
        }
        return true;
    }
}
