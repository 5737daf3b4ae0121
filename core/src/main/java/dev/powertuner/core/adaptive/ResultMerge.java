package dev.powertuner.core.adaptive;

import dev.powertuner.core.model.ColdStartFigures;
import dev.powertuner.core.model.PowerValueResult;

/**
 * One size's Executor results of two rounds as one {@code $.stats} entry (docs/adaptive.md). Counts and costs add
 * up exactly, minimum and maximum combine exactly; averageDuration and averagePrice are made exact by
 * {@link #exact}; the other averages, percentiles and the standard deviation are the means
 * of the rounds' figures weighted by their invocations (the samples themselves are not kept in the state).
 */
public final class ResultMerge {

    private ResultMerge() {
    }

    /** {@code earlier} (null before the first round) followed by {@code batch}. */
    public static PowerValueResult merge(PowerValueResult earlier, PowerValueResult batch) {
        if (earlier == null) {
            return batch;
        }
        int n1 = count(earlier.invocations());
        int n2 = count(batch.invocations());
        double totalCost = value(earlier.totalCost()) + value(batch.totalCost());
        int errors = count(earlier.errors()) + count(batch.errors());
        if (batch.failed() || earlier.failed()) {
            PowerValueResult f = batch.failed() ? batch : earlier;
            return PowerValueResult.failure(f.value(), f.errorType(), f.errorMessage(), n1 + n2, errors, totalCost,
                    f.architecture(), f.currency());
        }
        int c1 = count(earlier.coldStarts());
        int c2 = count(batch.coldStarts());
        return new PowerValueResult(batch.value(), mean(earlier.averagePrice(), n1, batch.averagePrice(), n2),
                mean(earlier.averageDuration(), n1, batch.averageDuration(), n2), totalCost, batch.requestPrice(),
                mean(earlier.averageTotalPrice(), n1, batch.averageTotalPrice(), n2), n1 + n2, errors, c1 + c2,
                mean(earlier.averageInitDuration(), c1, batch.averageInitDuration(), c2),
                extreme(earlier.minDuration(), batch.minDuration(), true),
                extreme(earlier.maxDuration(), batch.maxDuration(), false),
                mean(earlier.p50Duration(), n1, batch.p50Duration(), n2),
                mean(earlier.p90Duration(), n1, batch.p90Duration(), n2),
                mean(earlier.p99Duration(), n1, batch.p99Duration(), n2),
                mean(earlier.stdDevDuration(), n1, batch.stdDevDuration(), n2), batch.architecture(),
                batch.currency(), false, null, null, coldStart(earlier, batch, n1 - c1, n2 - c2, c1, c2));
    }

    private static ColdStartFigures coldStart(PowerValueResult a, PowerValueResult b, int warm1, int warm2, int c1,
            int c2) {
        ColdStartFigures x = a.coldStart();
        ColdStartFigures y = b.coldStart();
        return new ColdStartFigures(mean(x.warmAverageDuration(), warm1, y.warmAverageDuration(), warm2),
                mean(x.coldStartDuration(), c1, y.coldStartDuration(), c2),
                mean(x.averageBilledInitDuration(), c1, y.averageBilledInitDuration(), c2));
    }

    /**
     * {@code merged} with averageDuration, averagePrice and averageTotalPrice as a full run computes them over the
     * same invocations, from the size's summary; unchanged when it failed or the summary has no averages.
     */
    public static PowerValueResult exact(PowerValueResult merged, SizeSummary summary) {
        Averages a = summary == null ? null : summary.averages();
        if (merged == null || merged.failed() || a == null || a.durations().count() == 0) {
            return merged;
        }
        double price = a.averagePrice(merged.value());
        double request = value(merged.requestPrice());
        return new PowerValueResult(merged.value(), price, a.averageDuration(), merged.totalCost(),
                merged.requestPrice(), price + request, merged.invocations(), merged.errors(), merged.coldStarts(),
                merged.averageInitDuration(), merged.minDuration(), merged.maxDuration(), merged.p50Duration(),
                merged.p90Duration(), merged.p99Duration(), merged.stdDevDuration(), merged.architecture(),
                merged.currency(), false, null, null, merged.coldStart());
    }

    /** Weighted mean; a side that is null or has no weight does not count; null when neither counts. */
    static Double mean(Double a, int wa, Double b, int wb) {
        boolean hasA = a != null && wa > 0;
        boolean hasB = b != null && wb > 0;
        if (!hasA || !hasB) {
            return hasA ? a : hasB ? b : null;
        }
        return (a * wa + b * wb) / (wa + wb);
    }

    private static Double extreme(Double a, Double b, boolean min) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return min ? Math.min(a, b) : Math.max(a, b);
    }

    private static int count(Integer n) {
        return n == null ? 0 : n;
    }

    private static double value(Double d) {
        return d == null ? 0 : d;
    }
}
