package dev.powertuner.core.model;

/**
 * One Executor result (one {@code $.stats} entry). Reference fields first; boxed fields are absent (null) when not
 * applicable: failed values have no averages, results from older or foreign states may lack the new fields.
 *
 * @param coldStart warm and cold-start figures ({@link ColdStartFigures#NONE} when unknown)
 */
public record PowerValueResult(
        int value,
        Double averagePrice,
        Double averageDuration,
        Double totalCost,
        Double requestPrice,
        Double averageTotalPrice,
        Integer invocations,
        Integer errors,
        Integer coldStarts,
        Double averageInitDuration,
        Double minDuration,
        Double maxDuration,
        Double p50Duration,
        Double p90Duration,
        Double p99Duration,
        Double stdDevDuration,
        String architecture,
        String currency,
        boolean failed,
        String errorType,
        String errorMessage,
        ColdStartFigures coldStart) {

    public PowerValueResult {
        coldStart = coldStart == null ? ColdStartFigures.NONE : coldStart;
        if (failed) {
            errorMessage = FailedPowerValue.truncate(errorMessage);
        }
    }

    /** A result without cold-start figures (older states, failed values). */
    public PowerValueResult(int value, Double averagePrice, Double averageDuration, Double totalCost,
            Double requestPrice, Double averageTotalPrice, Integer invocations, Integer errors, Integer coldStarts,
            Double averageInitDuration, Double minDuration, Double maxDuration, Double p50Duration, Double p90Duration,
            Double p99Duration, Double stdDevDuration, String architecture, String currency, boolean failed,
            String errorType, String errorMessage) {
        this(value, averagePrice, averageDuration, totalCost, requestPrice, averageTotalPrice, invocations, errors,
                coldStarts, averageInitDuration, minDuration, maxDuration, p50Duration, p90Duration, p99Duration,
                stdDevDuration, architecture, currency, failed, errorType, errorMessage, ColdStartFigures.NONE);
    }

    /** Only the reference fields (as the analyzer receives them from the reference's executor). */
    public static PowerValueResult reference(int value, Double averagePrice, Double averageDuration, Double totalCost) {
        return new PowerValueResult(value, averagePrice, averageDuration, totalCost, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, false, null, null);
    }

    /** A failed value: no averages. */
    public static PowerValueResult failure(int value, String errorType, String errorMessage, int invocations,
            int errors, double totalCost, String architecture, String currency) {
        return new PowerValueResult(value, null, null, totalCost, null, null, invocations, errors, null, null, null,
                null, null, null, null, null, architecture, currency, true, errorType, errorMessage);
    }

    /** The failure as a {@code failedPowerValues} entry. */
    public FailedPowerValue asFailure() {
        return new FailedPowerValue(value, errorType, errorMessage);
    }
}
