package dev.powertuner.local.environment;

import dev.powertuner.local.function.FunctionConfig;
import dev.powertuner.local.function.WorkloadProfile;
import dev.powertuner.local.wire.ErrorDocument;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** An environment that simulates a {@link WorkloadProfile}: reported durations follow the CPU model. */
public final class ProfileEnvironment implements ExecutionEnvironment {
    /** Max Memory Used when the profile sets no memory need. */
    static final int BASELINE_MEMORY_MB = 64;

    private final WorkloadProfile profile;
    private final FunctionConfig config;
    private final Random random;
    private final double timeScale;

    public ProfileEnvironment(WorkloadProfile profile, FunctionConfig config, Random random, double timeScale) {
        this.profile = profile;
        this.config = config;
        this.random = random;
        this.timeScale = timeScale;
    }

    @Override
    public double init(String requestId, InvocationLog log) {
        double ms = profile.initDurationMs(config.memorySize()) * noise();
        Sleep.simulated(ms, timeScale);
        return ms;
    }

    @Override
    public Outcome invoke(byte[] payload, LocalContext context) {
        int memory = config.memorySize();
        double ms = profile.durationMs(memory) * noise();
        if (profile.memoryMb() > memory) {
            Sleep.simulated(ms / 2, timeScale);
            return new Outcome(Status.OUT_OF_MEMORY, null, "Runtime.OutOfMemory", ms / 2, memory);
        }
        double timeoutMs = config.timeout() * 1000.0;
        if (ms > timeoutMs) {
            Sleep.simulated(timeoutMs, timeScale);
            return new Outcome(Status.TIMEOUT, null, "Sandbox.Timedout", timeoutMs, maxMemory());
        }
        Sleep.simulated(ms, timeScale);
        if (profile.errorRate() > 0 && nextDouble() < profile.errorRate()) {
            byte[] error = ErrorDocument.of(profile.errorType(), "Simulated failure (errorRate "
                    + profile.errorRate() + ")");
            return new Outcome(Status.ERROR, error, profile.errorType(), ms, maxMemory());
        }
        byte[] body = payload.length == 0 ? "null".getBytes(StandardCharsets.UTF_8) : payload;
        return new Outcome(Status.SUCCESS, body, null, ms, maxMemory());
    }

    private int maxMemory() {
        int need = profile.memoryMb() > 0 ? profile.memoryMb() : BASELINE_MEMORY_MB;
        return Math.min(need, config.memorySize());
    }

    private double noise() {
        return profile.jitter() == 0 ? 1.0 : Math.max(0.0, 1.0 + profile.jitter() * (2 * nextDouble() - 1));
    }

    private double nextDouble() {
        synchronized (random) {
            return random.nextDouble();
        }
    }
}
