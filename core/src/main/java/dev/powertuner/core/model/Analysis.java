package dev.powertuner.core.model;

import java.util.List;

/**
 * The Analyzer's output ({@code $.analysis}, the execution output).
 *
 * @param stats             with includeOutputResults, every result in powerValues order; else null
 * @param failedPowerValues empty when nothing failed (then omitted from the JSON)
 * @param functionName      the tuned function's name (no account or region), so a saved output says what it measured;
 *                          null when the state names no function
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
        List<FailedPowerValue> failedPowerValues,
        String functionName) {

    public Analysis {
        stats = stats == null ? null : List.copyOf(stats);
        failedPowerValues = failedPowerValues == null ? List.of() : List.copyOf(failedPowerValues);
    }
}
