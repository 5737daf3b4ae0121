package dev.powertuner.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The absolute thresholds of {@code run} and {@code local} ({@code --max-cost}, {@code --max-duration}, {@code --max-monthly-cost},
 * {@code --expect-power}). */
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
        checks.addAll(monthly(options.maxMonthlyCost, report));
        if (options.expectPower != null) {
            boolean breached = !options.expectPower.equals(report.power());
            checks.add(check("--expect-power", breached, "optimum " + report.power() + " MB is " + (breached ? "not " : "")
                    + "--expect-power " + options.expectPower + " MB"));
        }
        return checks;
    }

    /** {@code --max-monthly-cost}: breached when the projection's optimum costs more, or there is no projection. */
    static List<Check> monthly(Double max, TuningReport report) {
        if (max == null) {
            return List.of();
        }
        Double monthly = report.monthlyCost();
        boolean breached = monthly == null || monthly > max;
        String figures = monthly == null ? "no projection to check --max-monthly-cost against (give --traffic)"
                : String.format(Locale.ROOT, "monthly cost %s %s --max-monthly-cost %s", ProjectionTable.money(
                        Json.MAPPER.getNodeFactory().numberNode(monthly)), breached ? "exceeds" : "is within",
                        ProjectionTable.money(Json.MAPPER.getNodeFactory().numberNode(max)));
        return List.of(check("--max-monthly-cost", breached, figures));
    }

    private static Check check(String name, boolean breached, String message) {
        return breached ? Check.failed(Check.THRESHOLD, name, message) : Check.passed(Check.THRESHOLD, name, message);
    }
}
