package dev.powertuner.core.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The reference's trimmed mean and powertuner's order statistics (docs/compatibility.md); inputs are never mutated. */
public final class Stats {

    private Stats() {
    }

    /** An ascending copy. */
    public static List<Double> sortedCopy(List<Double> values) {
        List<Double> copy = new ArrayList<>(values);
        Collections.sort(copy);
        return copy;
    }

    /**
     * Trimmed mean: {@code k = floor(n·d)} from each end of an ascending copy, the rest summed left to right from 0
     * and divided by {@code n − 2k}; 0 for an empty list.
     */
    public static double trimmedMean(List<Double> values, double discardTopBottom) {
        if (values == null || values.isEmpty()) {
            return 0;
        }
        int n = values.size();
        int k = (int) Math.floor(n * discardTopBottom);
        if (n - 2 * k <= 0) {
            k = (n - 1) / 2;
        }
        List<Double> sorted = sortedCopy(values);
        double sum = 0;
        for (int i = k; i < n - k; i++) {
            sum += sorted.get(i);
        }
        return sum / (n - 2 * k);
    }

    /** Nearest-rank percentile of an ascending list: {@code x_r}, {@code r = (q·n + 99) / 100} in integers. */
    public static double percentile(List<Double> ascending, int q) {
        int n = ascending.size();
        if (n == 0) {
            return 0;
        }
        int r = (q * n + 99) / 100;
        r = Math.max(1, Math.min(n, r));
        return ascending.get(r - 1);
    }

    /** Sample standard deviation (n − 1), two-pass, squares summed in ascending order; 0 when n ≤ 1. */
    public static double sampleStdDev(List<Double> values) {
        int n = values.size();
        if (n <= 1) {
            return 0;
        }
        List<Double> sorted = sortedCopy(values);
        double sum = 0;
        for (double v : sorted) {
            sum += v;
        }
        double mean = sum / n;
        double squares = 0;
        for (double v : sorted) {
            double diff = v - mean;
            squares += diff * diff;
        }
        return Math.sqrt(squares / (n - 1));
    }

    /** The per-size statistics of the output (docs/compatibility.md) over total durations. */
    public static DurationStats durationStats(List<Double> totalDurations) {
        if (totalDurations.isEmpty()) {
            return new DurationStats(0, 0, 0, 0, 0, 0);
        }
        List<Double> sorted = sortedCopy(totalDurations);
        return new DurationStats(sorted.get(0), sorted.get(sorted.size() - 1), percentile(sorted, 50),
                percentile(sorted, 90), percentile(sorted, 99), sampleStdDev(sorted));
    }
}
