package dev.powertuner.cli;

import java.util.Locale;

/**
 * One metric at one memory size, in an earlier run ({@code before}) and now ({@code after}).
 *
 * @param before the earlier value; null when that run has none at this size
 * @param after  the value now; null when this run has none at this size
 * @param band   the runs' own variation as a fraction ({@link NoiseRule}); null when the stats do not tell
 */
record Change(Metric metric, int power, Double before, Double after, Double band) {

    static Change of(Metric metric, int power, TuningReport.Row before, TuningReport.Row after) {
        return new Change(metric, power, before == null || before.failed() ? null : metric.of(before),
                after == null || after.failed() ? null : metric.of(after), NoiseRule.band(before, after));
    }

    /** {@code (after - before) / before}; null when either value is missing or {@code before} is not positive. */
    Double relative() {
        if (before == null || after == null || before <= 0) {
            return null;
        }
        return (after - before) / before;
    }

    /** True when there is a change and it is larger than the runs' own variation. */
    boolean beyondNoise() {
        Double relative = relative();
        return relative != null && NoiseRule.beyond(relative, band);
    }

    /** {@code +19.7 %}, {@code -3.0 %}; "-" without a relative change. */
    String percent() {
        Double relative = relative();
        return relative == null ? "-" : percent(relative);
    }

    /** The band as {@code ±4.0 %}; null without one. */
    String bandText() {
        return band == null ? null : "±" + String.format(Locale.ROOT, "%.1f %%", band * 100);
    }

    /** A limit in percent as written: {@code 10 %}, {@code 2.5 %}. */
    static String limit(double percent) {
        return (percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent)) + " %";
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%+.1f %%", fraction * 100);
    }
}
