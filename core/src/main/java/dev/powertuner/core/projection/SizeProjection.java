package dev.powertuner.core.projection;

/**
 * One size under the traffic.
 *
 * @param month                 the month at the traffic's provisioned concurrency (auto: the cheapest count)
 * @param onDemandMonthlyCost   the month without provisioned concurrency
 * @param provisionedMonthlyCost the month with enough environments for the average concurrency needed; null when
 *                              provisioned concurrency has no price in the region
 * @param concurrencyNeeded     average concurrency: rate × warm billed duration
 * @param breakEvenInvocationsPerMonth invocations per month above which one provisioned environment costs less than
 *                              on demand; null when it never does
 */
public record SizeProjection(MonthlyCost month, double onDemandMonthlyCost, Double provisionedMonthlyCost,
        double concurrencyNeeded, Double breakEvenInvocationsPerMonth) {
}
