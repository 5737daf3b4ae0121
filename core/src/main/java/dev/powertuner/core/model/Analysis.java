package dev.powertuner.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The Analyzer's output ({@code $.analysis}, the execution output).
 *
 * @param stats             with includeOutputResults, every result in powerValues order; else null
 * @param failedPowerValues empty when nothing failed (then omitted from the JSON)
 * @param functionName      the tuned function's name (no account or region), so a saved output says what it measured;
 *                          null when the state names no function
 * @param region            the tuned function's region, so a saved output can be projected later
 * @param projection        the {@code projection} object when the input has {@code traffic}; else null
 * @param adaptive          the {@code adaptive} object of an adaptive run (docs/adaptive.md); else null
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
        String functionName,
        String region,
        JsonNode projection,
        JsonNode adaptive) {

    /** An analysis without region and projection. */
    public Analysis(int power, double cost, double duration, double executionCost, double lambdaCost,
            String visualization, List<PowerValueResult> stats, String currency, String architecture,
            List<FailedPowerValue> failedPowerValues, String functionName) {
        this(power, cost, duration, executionCost, lambdaCost, visualization, stats, currency, architecture,
                failedPowerValues, functionName, null, null, null);
    }

    /** An analysis of a normal (not adaptive) run. */
    public Analysis(int power, double cost, double duration, double executionCost, double lambdaCost,
            String visualization, List<PowerValueResult> stats, String currency, String architecture,
            List<FailedPowerValue> failedPowerValues, String functionName, String region, JsonNode projection) {
        this(power, cost, duration, executionCost, lambdaCost, visualization, stats, currency, architecture,
                failedPowerValues, functionName, region, projection, null);
    }

    public Analysis {
        stats = stats == null ? null : List.copyOf(stats);
        failedPowerValues = failedPowerValues == null ? List.of() : List.copyOf(failedPowerValues);
    }
}
