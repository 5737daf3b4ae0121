package dev.powertuner.local.limits;

/** CFS quota arithmetic shared by the cgroup implementations. */
final class CpuQuota {
    /**
     * The CFS period. Short enough that a 100 ms invocation at 128 MB (7.2 % of a CPU) is throttled evenly, long
     * enough that the smallest share (128/1769 of it, 1.45 ms) stays above the kernel's 1 ms minimum quota.
     */
    static final long PERIOD_US = 20_000;
    private static final long MIN_QUOTA_US = 1_000;

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
