package dev.powertuner.local.function;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.local.process.EnvironmentShape;

/**
 * A simulated workload: how long an invocation takes at a given memory size.
 *
 * <p>vCPU(M) = min(M / 1769, 6); Duration = ioMs + cpuMs / min(vCPU(M), threads); Init Duration =
 * initMs / min(vCPU(M), 1). {@code memoryMb} above the configured memory fails the invocation with
 * {@code Runtime.OutOfMemory}; {@code jitter} is relative uniform noise: each duration (and init duration) is
 * multiplied by 1 + jitter × u, u uniform in [−1, 1); {@code errorRate} is the probability of a function error of type
 * {@code errorType}.
 *
 * <p>The random draws are reproducible per memory size: each size has its own stream derived from {@code seed} and
 * the size, and each invocation at that size takes three draws from it (init, duration, error), so the n-th invocation
 * at a size gets the same noise in every run with the same seed, however the sizes' invocations interleave
 * ({@code dev.powertuner.local.environment.ProfileNoise}).
 */
public record WorkloadProfile(double cpuMs, int threads, double ioMs, double initMs, int memoryMb, double jitter,
                              double errorRate, String errorType, long seed) {

    /** Memory (MB) that buys one full vCPU. */
    public static final double MB_PER_VCPU = EnvironmentShape.MB_PER_VCPU;
    /** The most vCPUs a function gets (at 10,240 MB). */
    public static final double MAX_VCPUS = EnvironmentShape.MAX_VCPU;

    public WorkloadProfile {
        if (cpuMs < 0 || ioMs < 0 || initMs < 0 || jitter < 0 || memoryMb < 0) {
            throw new IllegalArgumentException("profile values must not be negative");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("profile threads must be at least 1");
        }
        if (errorRate < 0 || errorRate > 1) {
            throw new IllegalArgumentException("profile errorRate must be within 0..1");
        }
        errorType = errorType == null || errorType.isEmpty() ? "Error" : errorType;
    }

    /** A profile with only CPU and I/O time (one thread, no init, no noise, no errors). */
    public static WorkloadProfile of(double cpuMs, double ioMs) {
        return new WorkloadProfile(cpuMs, 1, ioMs, 0, 0, 0, 0, null, 42L);
    }

    /** Reads {@code {"cpuMs", "threads", "ioMs", "initMs", "memoryMb", "jitter", "errorRate", "errorType", "seed"}}. */
    public static WorkloadProfile fromJson(JsonNode node) {
        return new WorkloadProfile(node.path("cpuMs").asDouble(0), node.path("threads").asInt(1),
                node.path("ioMs").asDouble(0), node.path("initMs").asDouble(0), node.path("memoryMb").asInt(0),
                node.path("jitter").asDouble(0), node.path("errorRate").asDouble(0),
                node.path("errorType").asText(null), node.path("seed").asLong(42L));
    }

    /** vCPU share at a memory size: min(M / 1769, 6). */
    public static double vcpus(int memorySizeMb) {
        return EnvironmentShape.vcpu(memorySizeMb, Double.POSITIVE_INFINITY);
    }

    /** Simulated invocation duration (ms) at a memory size, before jitter. */
    public double durationMs(int memorySizeMb) {
        return ioMs + cpuMs / Math.min(vcpus(memorySizeMb), threads);
    }

    /** Simulated init duration (ms) at a memory size, before jitter. */
    public double initDurationMs(int memorySizeMb) {
        return initMs / Math.min(vcpus(memorySizeMb), 1.0);
    }

    /** Same profile with another seed. */
    public WorkloadProfile withSeed(long newSeed) {
        return new WorkloadProfile(cpuMs, threads, ioMs, initMs, memoryMb, jitter, errorRate, errorType, newSeed);
    }
}
