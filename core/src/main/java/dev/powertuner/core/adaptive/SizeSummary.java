package dev.powertuner.core.adaptive;

import dev.powertuner.core.report.LogReport;
import java.util.List;

/**
 * What the invocations of one memory size so far say, in a few numbers (docs/adaptive.md): sums of the logarithms of
 * the warm durations and billed durations and of their squares. Cold starts count as invocations but not as samples:
 * the Analyzer's trimmed mean discards them too, and one of them would swamp a small first round.
 *
 * @param power        memory size, MB
 * @param invocations  invocations made so far, cold and failed-but-allowed ones included
 * @param samples      warm invocations summarised below
 * @param sumLog       Σ ln(duration)
 * @param sumLogSq     Σ ln(duration)²
 * @param sumLogBilled Σ ln(billed duration)
 * @param sumLogBilledSq Σ ln(billed duration)²
 * @param msPrice      price of one billed millisecond at this size (no request charge), as the Executor prices it
 * @param averages     what the size's averageDuration and averagePrice over all its rounds need; null if unknown
 */
public record SizeSummary(int power, int invocations, int samples, double sumLog, double sumLogSq, double sumLogBilled,
                          double sumLogBilledSq, double msPrice, Averages averages) {

    /** Durations below this (ms) are read as this, so that a 0 in a report cannot make a logarithm infinite. */
    static final double FLOOR_MS = 0.01;

    public SizeSummary {
        if (invocations < 0 || samples < 0 || samples > invocations) {
            throw new IllegalArgumentException("invalid counts: " + samples + " samples of " + invocations);
        }
    }

    /** A summary without averages. */
    public SizeSummary(int power, int invocations, int samples, double sumLog, double sumLogSq, double sumLogBilled,
            double sumLogBilledSq, double msPrice) {
        this(power, invocations, samples, sumLog, sumLogSq, sumLogBilled, sumLogBilledSq, msPrice, null);
    }

    /** The summary of one batch: {@code invocations} made, {@code reports} counted (as the Executor counts them). */
    public static SizeSummary of(int power, int invocations, List<LogReport> reports, double msPrice) {
        return of(power, invocations, reports, msPrice, null);
    }

    /** As {@link #of(int, int, List, double)}, with the batch's {@code averages}. */
    public static SizeSummary of(int power, int invocations, List<LogReport> reports, double msPrice,
            Averages averages) {
        SizeSummary s = new SizeSummary(power, 0, 0, 0, 0, 0, 0, msPrice);
        for (LogReport r : reports) {
            if (!r.coldStart()) {
                s = s.withSample(r.totalDuration(), r.billedDuration());
            }
        }
        return new SizeSummary(power, invocations, s.samples, s.sumLog, s.sumLogSq, s.sumLogBilled,
                s.sumLogBilledSq, msPrice, averages);
    }

    /** This summary plus one warm invocation. */
    public SizeSummary withSample(double durationMs, double billedMs) {
        double d = Math.log(Math.max(durationMs, FLOOR_MS));
        double b = Math.log(Math.max(billedMs, FLOOR_MS));
        return new SizeSummary(power, invocations + 1, samples + 1, sumLog + d, sumLogSq + d * d, sumLogBilled + b,
                sumLogBilledSq + b * b, msPrice, averages);
    }

    /** This summary and a later batch of the same size. */
    public SizeSummary plus(SizeSummary batch) {
        if (batch.power != power) {
            throw new IllegalArgumentException("cannot add size " + batch.power + " to size " + power);
        }
        return new SizeSummary(power, invocations + batch.invocations, samples + batch.samples, sumLog + batch.sumLog,
                sumLogSq + batch.sumLogSq, sumLogBilled + batch.sumLogBilled, sumLogBilledSq + batch.sumLogBilledSq,
                batch.msPrice > 0 ? batch.msPrice : msPrice, plus(averages, batch.averages, invocations));
    }

    /** Averages over both; unknown when either side that has invocations lacks them. */
    private static Averages plus(Averages earlier, Averages batch, int earlierInvocations) {
        if (earlier == null) {
            return earlierInvocations == 0 ? batch : null;
        }
        return batch == null ? null : earlier.plus(batch);
    }

    /** Interval of the typical duration (geometric mean), ms. */
    Interval duration(double confidence) {
        return Interval.logNormal(samples, sumLog, sumLogSq, confidence);
    }

    /** Interval of the typical price of one invocation: ms price × typical billed duration. */
    Interval cost(double confidence) {
        return Interval.logNormal(samples, sumLogBilled, sumLogBilledSq, confidence).times(msPrice);
    }
}
