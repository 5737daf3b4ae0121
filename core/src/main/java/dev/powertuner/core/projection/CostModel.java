package dev.powertuner.core.projection;

import dev.powertuner.core.cost.LambdaPrice;
import dev.powertuner.core.cost.ProvisionedPrice;

/** The monthly formulas of docs/cost-model.md for one size, one region and one architecture. */
final class CostModel {

    /** Seconds in the 730-hour month AWS prices by. */
    static final double SECONDS_PER_MONTH = 730 * 3600.0;

    private final Traffic traffic;
    private final LambdaPrice price;
    private final ProvisionedPrice provisioned;
    private final String architecture;

    CostModel(Traffic traffic, LambdaPrice price, ProvisionedPrice provisioned, String architecture) {
        this.traffic = traffic;
        this.price = price;
        this.provisioned = provisioned;
        this.architecture = architecture;
    }

    boolean provisionedPriced() {
        return provisioned != null;
    }

    /** Average concurrency the traffic needs at this size: rate × warm billed duration. */
    double concurrencyNeeded(SizeInputs s) {
        return traffic.invocationsPerMonth() / SECONDS_PER_MONTH * s.warmBilled() / 1000.0;
    }

    /** The month with {@code k} provisioned environments (0: on demand only). */
    MonthlyCost month(SizeInputs s, int k) {
        double n = traffic.invocationsPerMonth();
        double needed = concurrencyNeeded(s);
        double served = k == 0 ? 0 : needed <= 0 ? n : n * Math.min(1.0, k / needed);
        double onDemand = n - served;
        double cold = onDemand * traffic.coldStartRatio();
        double durationGbs = s.gb() * ((onDemand - cold) * s.warmBilled() + cold * Math.ceil(s.coldDuration())) / 1000;
        double initGbs = s.gb() * cold * Math.ceil(s.billedInit()) / 1000;
        double tiered = DurationTiers.cost(durationGbs + initGbs, price.gbSecond(), architecture);
        double onDemandDuration = durationGbs + initGbs == 0 ? 0 : tiered * durationGbs / (durationGbs + initGbs);
        double initCost = tiered - onDemandDuration;
        double durationCost = onDemandDuration
                + (k == 0 ? 0 : s.gb() * served * s.warmBilled() / 1000 * provisioned.durationGbSecond());
        double pcCost = k == 0 ? 0 : k * s.gb() * SECONDS_PER_MONTH * provisioned.gbSecond();
        double requestCost = n * price.requestPrice();
        double coldShare = n == 0 ? 0 : cold / n;
        return new MonthlyCost(s.memory(), k, durationCost + initCost + requestCost + pcCost, durationCost, initCost,
                requestCost, pcCost, latency(s, coldShare, 50), latency(s, coldShare, 99),
                (1 - coldShare) * s.warmLatency() + coldShare * s.coldLatency());
    }

    /**
     * Invocations per month one provisioned environment must serve to cost less than on demand (tier-1 prices);
     * null when it never does within its capacity or provisioned concurrency has no price here.
     */
    Double breakEven(SizeInputs s) {
        if (provisioned == null || s.warmBilled() <= 0) {
            return null;
        }
        double c = traffic.coldStartRatio();
        double onDemandMs = (1 - c) * s.warmBilled() + c * (Math.ceil(s.coldDuration()) + Math.ceil(s.billedInit()));
        double savingPerInvocation = (onDemandMs * price.gbSecond() - s.warmBilled() * provisioned.durationGbSecond())
                / 1000;
        if (savingPerInvocation <= 0) {
            return null;
        }
        double breakEven = SECONDS_PER_MONTH * provisioned.gbSecond() / savingPerInvocation;
        double capacity = SECONDS_PER_MONTH * 1000 / s.warmBilled();
        return breakEven > capacity ? null : breakEven;
    }

    /** Nearest-rank percentile {@code q} when the slowest {@code coldShare} of invocations are the cold starts. */
    private static double latency(SizeInputs s, double coldShare, int q) {
        return coldShare > 1 - q / 100.0 ? s.coldLatency() : s.warmLatency();
    }
}
