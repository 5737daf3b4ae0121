package dev.powertuner.core.stats;

/** Untrimmed statistics of the total durations of one power value (docs/compatibility.md, "Output"). */
public record DurationStats(double min, double max, double p50, double p90, double p99, double stdDev) {
}
