package dev.powertuner.core.cost;

import dev.powertuner.core.stats.Stats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/** Price formulas: per invocation, price lookup, Executor statistics and the Step Functions estimate (docs/cost-model.md). */
public final class Pricing {

    /** The reference's {@code minRAM}. */
    public static final int MIN_RAM = 128;
    /** Ephemeral storage included at no charge, MB. */
    public static final int FREE_EPHEMERAL_MB = 512;

    private Pricing() {
    }

    /** {@code ceil(d) · p128 · (mem / minRam)}, evaluated left to right in doubles. */
    public static double computePrice(double p128, int minRam, int memory, double durationMs) {
        return Math.ceil(durationMs) * p128 * (memory / (double) minRam);
    }

    /** Σ computePrice over the billed durations in ascending order, from 0 (the reference's total). */
    public static double computeTotalCost(double p128, int minRam, int memory, List<Double> billedDurations) {
        double total = 0;
        for (double billed : Stats.sortedCopy(billedDurations)) {
            total += computePrice(p128, minRam, memory, billed);
        }
        return total;
    }

    /** Price of one invocation without the request charge: duration at memory plus ephemeral storage (docs/compatibility.md). */
    public static double invocationPrice(LambdaPrice price, int memory, int ephemeralMb, double billedMs) {
        double ceil = Math.ceil(billedMs);
        return ceil * price.p128() * (memory / 128.0)
                + ceil * price.ephemeralStorageGbSecond() * Math.max(0, ephemeralMb - FREE_EPHEMERAL_MB) / 1024.0 / 1000.0;
    }

    /** Σ invocationPrice in ascending billed order plus {@code n · requestPrice}, one request per billed duration. */
    public static double totalCost(LambdaPrice price, int memory, int ephemeralMb, List<Double> billedDurations) {
        return totalCost(price, memory, ephemeralMb, billedDurations, billedDurations.size());
    }

    /**
     * Σ invocationPrice over the known billed durations in ascending order, plus {@code invocations · requestPrice}
     * (invocations without a report are still requests).
     */
    public static double totalCost(LambdaPrice price, int memory, int ephemeralMb, List<Double> billedDurations,
            int invocations) {
        double total = 0;
        for (double billed : Stats.sortedCopy(billedDurations)) {
            total += invocationPrice(price, memory, ephemeralMb, billed);
        }
        return total + invocations * price.requestPrice();
    }

    /** The reference's {@code baseCostForRegion}: the region's price if truthy, else {@code default}. */
    public static double baseCostForRegion(Map<String, Double> priceMap, String region) {
        Double price = priceMap.get(region);
        if (price != null && price != 0 && !price.isNaN()) {
            return price;
        }
        return priceMap.get("default");
    }

    /** The reference's {@code lambdaBaseCost} over a table architecture → region → price per ms at 128 MB. */
    public static double lambdaBaseCost(Map<String, Map<String, Double>> table, String region, String architecture) {
        Map<String, Double> prices = table.get(architecture);
        if (prices == null) {
            throw new IllegalArgumentException("Unsupported architecture: " + architecture);
        }
        return baseCostForRegion(prices, region);
    }

    /** Step Functions cost (the reference's estimate): {@code round5(price · transitions)}. */
    public static double stepFunctionsCost(double pricePerTransition, int nPower, boolean onlyColdStarts, int num) {
        long transitions = onlyColdStarts ? 6L + nPower + 2L * nPower * num : 6L + 3L * nPower;
        return round5(pricePerTransition * transitions);
    }

    /** JavaScript {@code toFixed(5)} as a number: half-up on the exact binary value. */
    public static double round5(double value) {
        return new BigDecimal(value).setScale(5, RoundingMode.HALF_UP).doubleValue();
    }
}
