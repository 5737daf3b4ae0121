package dev.powertuner.core.report;

/**
 * The five metrics of one invocation's REPORT (milliseconds; absent metrics are 0).
 */
public record LogReport(
        double durationMs,
        double initDurationMs,
        double restoreDurationMs,
        double billedDurationMs,
        double billedRestoreDurationMs) {

    /** Duration + Init + Restore, added left to right: what speed is measured on. */
    public double totalDuration() {
        return durationMs + initDurationMs + restoreDurationMs;
    }

    /** Billed Duration + Billed Restore Duration: what cost is computed from. */
    public double billedDuration() {
        return billedDurationMs + billedRestoreDurationMs;
    }

    /** Init + Restore: the cold-start part. */
    public double initAndRestore() {
        return initDurationMs + restoreDurationMs;
    }

    /** A cold start has an Init or a Restore duration. */
    public boolean coldStart() {
        return initDurationMs > 0 || restoreDurationMs > 0;
    }

    /** The named metric ({@code durationMs}, {@code initDurationMs}, ...). */
    public double metric(String name) {
        switch (name) {
            case "durationMs":
                return durationMs;
            case "initDurationMs":
                return initDurationMs;
            case "restoreDurationMs":
                return restoreDurationMs;
            case "billedDurationMs":
                return billedDurationMs;
            case "billedRestoreDurationMs":
                return billedRestoreDurationMs;
            default:
                throw new IllegalArgumentException("Unknown metric: " + name);
        }
    }
}
