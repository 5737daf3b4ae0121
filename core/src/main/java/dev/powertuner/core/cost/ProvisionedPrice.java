package dev.powertuner.core.cost;

/**
 * Provisioned-concurrency prices of one region and architecture, per GB-second.
 *
 * @param gbSecond         the hourly charge for each configured environment, whether used or not
 * @param durationGbSecond duration of invocations served by provisioned environments (replaces the on-demand price)
 */
public record ProvisionedPrice(double gbSecond, double durationGbSecond) {
}
