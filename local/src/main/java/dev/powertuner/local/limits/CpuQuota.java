package dev.powertuner.local.limits;

/** CFS quota arithmetic shared by the cgroup implementations. */
final class CpuQuota {
    /**
     * The CFS period. Short enough that a 100 ms invocation at 128 MB (7.2 % of a CPU) is throttled evenly, long
     * enough that the smallest share (128/1769 of it, 1.45 ms) stays above the kernel's 1 ms minimum quota.
     */
    static final long PERIOD_US = 20_000;
    private static final long MIN_QUOTA_US = 1_000;
    /**
     * The weight of an environment against this machine's other work (v1 cpu.shares; v2 cpu.weight is 1..10000).
     * Lambda guarantees an environment its share; a heavy weight keeps a busy build or browser from eating into it,
     * while the quota still caps it and the CPU capacity keeps all quotas within the cores.
     */
    static final long V1_SHARES = 102_400;
    static final long V2_WEIGHT = 10_000;

    private CpuQuota() {
    }

    /** Microseconds of CPU per period for {@code vcpu} CPUs. */
    static long quotaUs(double vcpu) {
        return Math.max(MIN_QUOTA_US, Math.round(vcpu * PERIOD_US));
    }

    /** systemd's CPUQuota= percentage. */
    static String percent(double vcpu) {
        return Math.max(1, Math.round(vcpu * 100)) + "%";
    }
}
