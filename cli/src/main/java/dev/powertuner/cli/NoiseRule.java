package dev.powertuner.cli;

/**
 * Whether a change between two runs at one memory size is larger than the runs' own variation.
 *
 * <p>The variation of one run at one size is the spread of its durations between the median and the 90th percentile
 * ({@code p90Duration - p50Duration}, both from {@code stats}). The band is the larger spread of the two runs,
 * relative to the first run's average duration; a change whose size is at most the band is within the runs' own
 * variation. The same relative band applies to cost, because at a fixed memory size the cost of an invocation follows
 * its billed duration. Without p50 and p90 on both sides there is no band and every change counts.
 */
final class NoiseRule {

    private NoiseRule() {
    }

    /** The band as a fraction of {@code before}'s average duration; null when either row lacks p50 or p90. */
    static Double band(TuningReport.Row before, TuningReport.Row after) {
        if (before == null || after == null || before.duration() == null || before.duration() <= 0
                || !hasSpread(before) || !hasSpread(after)) {
            return null;
        }
        return Math.max(spread(before), spread(after)) / before.duration();
    }

    /** True when {@code relativeChange} is larger than the band (always, without a band). */
    static boolean beyond(double relativeChange, Double band) {
        return band == null || Math.abs(relativeChange) > band;
    }

    private static boolean hasSpread(TuningReport.Row row) {
        return row.p50() != null && row.p90() != null;
    }

    private static double spread(TuningReport.Row row) {
        return Math.max(0, row.p90() - row.p50());
    }
}
