package dev.powertuner.local;

/**
 * Service-wide settings.
 *
 * @param region             region in ARNs
 * @param accountId          account id in ARNs
 * @param maxMemorySize      account memory cap (MB), 10240 or e.g. 3008
 * @param updateDelayNanos   how long LastUpdateStatus stays InProgress after an update
 * @param activationNanos    how long a new version stays Pending
 * @param timeScale          real sleep per simulated millisecond of a workload profile
 * @param accountConcurrency concurrent executions allowed for the whole account
 */
record Settings(String region, String accountId, int maxMemorySize, long updateDelayNanos, long activationNanos,
                double timeScale, int accountConcurrency) {

    String functionArn(String name) {
        return "arn:aws:lambda:" + region + ":" + accountId + ":function:" + name;
    }
}
