package dev.powertuner.core.adaptive;

/**
 * A point estimate and a comparison interval. {@link #logNormal} is the t-interval of the mean of the logarithms,
 * mapped back (an interval for the geometric mean, whose width is relative), with its half-width divided by √2: two
 * such intervals of equal width are apart exactly when the t-test of the difference rejects equality at the
 * confidence level, where plain intervals at that level would demand far more (docs/adaptive.md).
 */
public record Interval(double point, double low, double high) {

    /** No information: too few samples to bound anything. */
    static Interval unbounded(double point) {
        return new Interval(point, 0, Double.POSITIVE_INFINITY);
    }

    /** The comparison interval of {@code exp(mean ln x)} from n, Σ ln x and Σ (ln x)². */
    static Interval logNormal(int n, double sum, double sumSq, double confidence) {
        if (n == 0) {
            return unbounded(Double.NaN);
        }
        double mean = sum / n;
        if (n < 2) {
            return unbounded(Math.exp(mean));
        }
        double variance = Math.max(0, (sumSq - sum * mean) / (n - 1));
        double half = StudentT.quantile((1 + confidence) / 2, n - 1) * Math.sqrt(variance / n / 2);
        return new Interval(Math.exp(mean), Math.exp(mean - half), Math.exp(mean + half));
    }

    Interval times(double factor) {
        return new Interval(point * factor, low * factor, high * factor);
    }

    /** {@code a·this + b·other}, bounds added to bounds: right for quantities that rise and fall together. */
    Interval combine(double a, Interval other, double b) {
        return new Interval(a * point + b * other.point, a * low + b * other.low, a * high + b * other.high);
    }

    /** Entirely above {@code other}: every value here is worse than every value there, for a minimised objective. */
    boolean above(Interval other) {
        return low > other.high;
    }
}
