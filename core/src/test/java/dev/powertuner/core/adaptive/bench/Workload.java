package dev.powertuner.core.adaptive.bench;

import dev.powertuner.core.report.LogReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A simulated function (docs/adaptive.md, "Benchmark"): Local Lambda's workload model, duration(M) = ioMs + cpuMs /
 * min(M / 1769, threads), times a noise heavier-tailed than Local Lambda's uniform jitter: log-normal with
 * {@code sigma}, and with probability {@link #SPIKE_RATE} a spike of 1.5–3× (a GC pause, a slow downstream call).
 * The first invocation of a size is a cold start with {@code initMs / min(vCPU, 1)}. Each size draws from its own
 * seeded stream, so a run with the same seed sees the same i-th invocation at a size whatever else it does.
 */
record Workload(String name, double cpuMs, double ioMs, int threads, double initMs, double sigma) {

    static final double MB_PER_VCPU = 1769;
    static final double SPIKE_RATE = 0.02;

    static double vcpus(int memory) {
        return Math.min(memory / MB_PER_VCPU, 6);
    }

    /** Duration without noise, ms. */
    double modelMs(int memory) {
        return ioMs + cpuMs / Math.min(vcpus(memory), threads);
    }

    /** The first {@code count} invocations at {@code memory} in the run with {@code seed}. */
    List<LogReport> invocations(long seed, int memory, int count) {
        Random random = new Random(seed * 1_000_003L + memory);
        List<LogReport> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double noise = Math.exp(sigma * random.nextGaussian());
            if (random.nextDouble() < SPIKE_RATE) {
                noise *= 1.5 + 1.5 * random.nextDouble();
            }
            double duration = modelMs(memory) * noise;
            double init = i == 0 ? initMs / Math.min(vcpus(memory), 1) * noise : 0;
            out.add(new LogReport(duration, init, 0, Math.ceil(duration + init), 0));
        }
        return out;
    }
}
