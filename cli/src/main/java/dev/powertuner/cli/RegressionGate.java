package dev.powertuner.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The regression checks of {@code --baseline} with {@code --max-regression}: each gated metric at the memory size the
 * baseline recommended and at the new optimum, same size against same size. A rise beyond the limit fails the check
 * unless it is within the runs' own variation ({@link NoiseRule}); a size that now fails is a regression whatever the
 * limit; a size one of the runs did not measure is skipped.
 */
final class RegressionGate {
    static final String BASELINE_OPTIMUM = "baseline optimum";
    static final String NEW_OPTIMUM = "new optimum";

    private RegressionGate() {
    }

    static List<Check> checks(TuningReport baseline, TuningReport current, RegressionLimits limits) {
        List<Check> checks = new ArrayList<>();
        sizes(baseline, current).forEach((power, role) -> {
            for (Metric metric : limits.metrics()) {
                checks.add(check(metric, power, role, baseline, current, limits.of(metric)));
            }
        });
        return checks;
    }

    /** The compared sizes with their role: the baseline's optimum first, then the new optimum when it differs. */
    static Map<Integer, String> sizes(TuningReport baseline, TuningReport current) {
        Map<Integer, String> sizes = new LinkedHashMap<>();
        if (baseline.power() != null) {
            sizes.put(baseline.power(), BASELINE_OPTIMUM);
        }
        if (current.power() != null) {
            sizes.merge(current.power(), NEW_OPTIMUM, (a, b) -> BASELINE_OPTIMUM + " and " + NEW_OPTIMUM);
        }
        return sizes;
    }

    private static Check check(Metric metric, int power, String role, TuningReport baseline, TuningReport current,
                               double limit) {
        String name = metric.label() + " at " + power + " MB (" + role + ")";
        TuningReport.Row before = baseline.row(power);
        TuningReport.Row after = current.row(power);
        if (before == null || before.failed() || metric.of(before) == null) {
            return Check.skipped(Check.REGRESSION, name, "the baseline has no " + metric.label() + " at " + power + " MB");
        }
        if (after == null) {
            return Check.skipped(Check.REGRESSION, name, "this run did not measure " + power + " MB");
        }
        if (after.failed()) {
            return Check.failed(Check.REGRESSION, name, name + ": " + metric.format(metric.of(before)) + " -> failed ("
                    + ResultTable.failure(after) + ")");
        }
        return verdict(name, Change.of(metric, power, before, after), limit);
    }

    private static Check verdict(String name, Change change, double limit) {
        Double relative = change.relative();
        if (relative == null) {
            return Check.skipped(Check.REGRESSION, name, "the baseline's " + change.metric().label() + " is 0");
        }
        String figures = name + ": " + change.metric().format(change.before()) + " -> " + change.metric().format(change.after())
                + ", " + change.percent() + " (limit " + Change.limit(limit) + ")";
        if (relative * 100 <= limit) {
            return Check.passed(Check.REGRESSION, name, figures);
        }
        if (!change.beyondNoise()) {
            return Check.passed(Check.REGRESSION, name, figures + ", within the runs' own variation of " + change.bandText()
                    + ": not a regression");
        }
        String why = change.band() == null ? "; the outputs do not both carry p50/p90 stats to judge the runs' own variation"
                : ", beyond the runs' own variation of " + change.bandText();
        return Check.failed(Check.REGRESSION, name, figures + why);
    }
}
