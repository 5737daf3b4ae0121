package dev.powertuner.local.environment;

import dev.powertuner.local.function.FunctionConfig;
import dev.powertuner.local.function.WorkloadProfile;
import dev.powertuner.local.wire.ErrorDocument;
import java.nio.charset.StandardCharsets;

/**
 * An environment that simulates a {@link WorkloadProfile}: reported durations follow the CPU model. The noise comes
 * from the function's {@link ProfileNoise}, one set of draws per invocation at the configured memory size; a cold
 * start takes them in {@link #init} and its invocation uses the same set.
 */
public final class ProfileEnvironment implements ExecutionEnvironment {
    /** Max Memory Used when the profile sets no memory need. */
    static final int BASELINE_MEMORY_MB = 64;

    private final WorkloadProfile profile;
    private final FunctionConfig config;
    private final ProfileNoise noise;
    private final double timeScale;
    /** The draws taken by init for the invocation that caused the cold start; null once it has used them. */
    private ProfileNoise.Draws coldStartDraws;

    public ProfileEnvironment(WorkloadProfile profile, FunctionConfig config, ProfileNoise noise, double timeScale) {
        this.profile = profile;
        this.config = config;
        this.noise = noise;
        this.timeScale = timeScale;
    }

    @Override
    public double init(String requestId, InvocationLog log) {
        coldStartDraws = noise.next(config.memorySize());
        double ms = profile.initDurationMs(config.memorySize()) * factor(coldStartDraws.init());
        Sleep.simulated(ms, timeScale);
        return ms;
    }

    @Override
    public Outcome invoke(byte[] payload, LocalContext context) {
        int memory = config.memorySize();
        ProfileNoise.Draws draws = coldStartDraws != null ? coldStartDraws : noise.next(memory);
        coldStartDraws = null;
        double ms = profile.durationMs(memory) * factor(draws.duration());
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
        if (profile.errorRate() > 0 && draws.error() < profile.errorRate()) {
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

    /** The multiplicative noise 1 + jitter × (2u − 1), uniform in ±jitter, never below 0. */
    private double factor(double uniform) {
        return profile.jitter() == 0 ? 1.0 : Math.max(0.0, 1.0 + profile.jitter() * (2 * uniform - 1));
    }
}
