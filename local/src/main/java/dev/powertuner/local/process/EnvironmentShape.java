package dev.powertuner.local.process;

/**
 * The configuration an environment is sized by.
 *
 * @param name      a label for its cgroup (the function name)
 * @param memoryMb  the memory size: the memory limit, and the CPU share
 * @param timeoutMs the function timeout
 * @param vcpu      the CPU share, {@link #vcpu(int, double)}
 */
public record EnvironmentShape(String name, int memoryMb, long timeoutMs, double vcpu) {
    /** Memory that buys one vCPU on Lambda. */
    public static final double MB_PER_VCPU = 1769.0;
    /** Lambda's most vCPUs (at 10,240 MB). */
    public static final double MAX_VCPU = 6.0;

    /** {@code min(M / 1769, 6)} vCPU, capped at the host's cores. */
    public static double vcpu(int memoryMb, double hostCores) {
        return Math.min(Math.min(memoryMb / MB_PER_VCPU, MAX_VCPU), hostCores);
    }

    /** Whether the host's cores cap the share Lambda would give. */
    public static boolean capped(int memoryMb, double hostCores) {
        return Math.min(memoryMb / MB_PER_VCPU, MAX_VCPU) > hostCores;
    }
}
