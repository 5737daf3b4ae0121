package dev.powertuner.core.model;

/**
 * What the Optimizer did.
 *
 * @param applied false for dryRun or without autoOptimize
 * @param power   the memory size applied (0 when not applied)
 * @param alias   the alias created or updated, or null
 * @param version the version the alias points to, or null
 * @param reason  a one-line summary for the handler's log
 */
public record OptimizationReport(boolean applied, int power, String alias, String version, String reason) {

    /** Nothing applied. */
    public static OptimizationReport skipped(String reason) {
        return new OptimizationReport(false, 0, null, null, reason);
    }
}
