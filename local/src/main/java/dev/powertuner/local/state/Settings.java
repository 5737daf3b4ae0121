package dev.powertuner.local.state;

import dev.powertuner.local.function.FunctionDefinition;
import dev.powertuner.local.time.LocalClock;

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
 * @param clock              the time delays and timestamps are read from
 */
public record Settings(String region, String accountId, int maxMemorySize, long updateDelayNanos, long activationNanos,
                double timeScale, int accountConcurrency, LocalClock clock) {

    public String functionArn(String name) {
        return functionArn(accountId, name);
    }

    public String functionArn(String account, String name) {
        return "arn:aws:lambda:" + region + ":" + account + ":function:" + name;
    }

    /** The account of a function: its own, else the service's. */
    String accountOf(FunctionDefinition definition) {
        return definition.accountId() == null ? accountId : definition.accountId();
    }
}
