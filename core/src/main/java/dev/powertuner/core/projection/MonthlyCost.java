package dev.powertuner.core.projection;

/**
 * One size's month at one provisioned-concurrency count; {@code monthlyCost} is the sum of the four parts.
 *
 * @param durationCost               on-demand duration (tiered) plus the duration of invocations served by
 *                                   provisioned environments at the provisioned duration price
 * @param initCost                   billed Init (SnapStart: billed Restore) of the on-demand cold starts (tiered)
 * @param provisionedConcurrencyCost the fixed charge for the configured environments, used or not
 * @param meanLatency                mean latency a user sees (ms), cold starts mixed in at their share
 */
public record MonthlyCost(int power, int provisionedConcurrency, double monthlyCost, double durationCost,
        double initCost, double requestCost, double provisionedConcurrencyCost, double p50Latency, double p99Latency,
        double meanLatency) {
}
