package dev.powertuner.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The absolute thresholds of {@code run} and {@code local} ({@code --max-cost}, {@code --max-duration}, {@code --expect-power}). */
final class ThresholdChecks {

    private ThresholdChecks() {
    }

    /** One check per threshold given, in option order. */
    static List<Check> of(OutputOptions options, TuningReport report) {
        List<Check> checks = new ArrayList<>();
        if (options.maxCost != null) {
            boolean breached = report.cost() != null && report.cost() > options.maxCost;
            String figures = String.format(Locale.ROOT, "cost %s %s --max-cost %s", TextTable.price(report.cost()),
                    breached ? "exceeds" : "is within", TextTable.price(options.maxCost));
            checks.add(check("--max-cost", breached, figures));
        }
        if (options.maxDuration != null) {
            boolean breached = report.duration() != null && report.duration() > options.maxDuration;
            String figures = String.format(Locale.ROOT, "duration %s %s --max-duration %s", TextTable.ms(report.duration()),
                    breached ? "exceeds" : "is within", TextTable.ms(options.maxDuration));
            checks.add(check("--max-duration", breached, figures));
        }
        if (options.expectPower != null) {
            boolean breached = !options.expectPower.equals(report.power());
            checks.add(check("--expect-power", breached, "optimum " + report.power() + " MB is " + (breached ? "not " : "")
                    + "--expect-power " + options.expectPower + " MB"));
        }
        return checks;
    }

    private static Check check(String name, boolean breached, String message) {
        return breached ? Check.failed(Check.THRESHOLD, name, message) : Check.passed(Check.THRESHOLD, name, message);
    }
}
