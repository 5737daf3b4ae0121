package dev.powertuner.core.strategy;

/** One power value the strategies choose from: its {@code averagePrice} as cost and {@code averageDuration}. */
public record Candidate(int power, double cost, double duration) {
}
