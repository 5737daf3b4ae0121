package dev.powertuner.core.model;

import java.util.List;

/**
 * The Analyzer's output ({@code $.analysis}, the execution output).
 *
 * @param stats             with includeOutputResults, every result in powerValues order; else null
 * @param failedPowerValues empty when nothing failed (then omitted from the JSON)
 */
public record Analysis(
        int power,
        double cost,
        double duration,
        double executionCost,
        double lambdaCost,
        String visualization,
        List<PowerValueResult> stats,
        String currency,
        String architecture,
        List<FailedPowerValue> failedPowerValues) {

    public Analysis {
        stats = stats == null ? null : List.copyOf(stats);
        failedPowerValues = failedPowerValues == null ? List.of() : List.copyOf(failedPowerValues);
    }
}
