package dev.powertuner.core.projection;

/**
 * Monthly volume tiers of the on-demand duration price, per architecture: tier 2 is 10 % and tier 3 20 % below the
 * region's tier-1 price. Bands in GB-seconds per month: x86_64 6 B / 15 B, arm64 7.5 B / 18.75 B.
 */
final class DurationTiers {

    private static final double[] X86_BANDS = {6e9, 15e9};
    private static final double[] ARM_BANDS = {7.5e9, 18.75e9};
    private static final double[] FACTORS = {1.0, 0.9, 0.8};

    private DurationTiers() {
    }

    /** Price of {@code gbSeconds} in one month, the first band at {@code tier1}, the next ones discounted. */
    static double cost(double gbSeconds, double tier1, String architecture) {
        double[] bands = "arm64".equals(architecture) ? ARM_BANDS : X86_BANDS;
        double cost = 0;
        double lower = 0;
        for (int i = 0; i < FACTORS.length; i++) {
            double upper = i < bands.length ? bands[i] : Double.POSITIVE_INFINITY;
            double inBand = Math.min(gbSeconds, upper) - lower;
            if (inBand <= 0) {
                break;
            }
            cost += inBand * tier1 * FACTORS[i];
            lower = upper;
        }
        return cost;
    }
}
