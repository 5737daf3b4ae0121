package dev.powertuner.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.model.Limits;
import dev.powertuner.core.model.TuningInput;
import dev.powertuner.core.step.Executor;
import dev.powertuner.local.function.FunctionDefinition;
import dev.powertuner.local.function.WorkloadProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * For a simulated profile the durations are known before the run: a power value whose invocations cannot fit the 15
 * minutes an Executor may run would only fail after those 15 minutes, so the run is refused up front instead.
 */
final class LocalBudget {
    /** The Executor's default number of concurrent invocations. */
    private static final int PARALLEL_LIMIT = 100;

    private LocalBudget() {
    }

    /** Checks every power value of {@code input} (already validated) against the Executor's time. */
    static void check(FunctionDefinition target, JsonNode input, double timeScale) {
        WorkloadProfile profile = target.profile();
        if (profile == null || target.process() != null) {
            return;
        }
        TuningInput parsed = TuningInput.parse(input, InputBuilder.DEFAULT_POWER_VALUES);
        int num = parsed.dryRun() ? 1 : parsed.num();
        long rounds = parsed.parallelInvocation() ? (num + PARALLEL_LIMIT - 1) / PARALLEL_LIMIT : num;
        List<String> failures = new ArrayList<>();
        for (int power : parsed.powerValues()) {
            if (profile.memoryMb() > power) {
                failures.add(power + " MB is below the " + profile.memoryMb() + " MB the profile needs (memoryMb)");
                continue;
            }
            double noise = 1 + profile.jitter();
            if (profile.durationMs(power) >= target.timeout() * 1000.0) {
                failures.add(String.format(Locale.ROOT, "%d MB takes %.0f ms, not less than the function's %d s timeout",
                        power, profile.durationMs(power), target.timeout()));
            }
            double invocation = Math.min(profile.durationMs(power) * noise, target.timeout() * 1000.0);
            double init = profile.initDurationMs(power) * noise * (parsed.onlyColdStarts() ? num : 1);
            double sleeps = parsed.parallelInvocation() ? 0 : (double) num * parsed.sleepBetweenRunsMs();
            double realMillis = (rounds * invocation + init) * timeScale + sleeps + Executor.BUDGET_MARGIN_MILLIS;
            if (realMillis > Limits.LAMBDA_MAX_MILLIS) {
                throw new UsageException(String.format(Locale.ROOT, "at %d MB one invocation of the profile takes %.0f ms"
                        + " (%.1f s at --time-scale %s); num %d %s needs about %.0f s, more than the %d s an Executor may"
                        + " run (Lambda stops a function after 15 minutes). Lower --num or --time-scale, %sor leave out"
                        + " %d MB", power, invocation, invocation * timeScale / 1000, timeScale, num,
                        parsed.parallelInvocation() ? "in parallel" : "in series", realMillis / 1000,
                        Limits.LAMBDA_MAX_MILLIS / 1000, parsed.parallelInvocation() ? "" : "use --parallel, ", power));
            }
        }
        if (failures.size() == parsed.powerValues().size()) {
            throw new UsageException("every power value would fail, so the run could only fail: " + String.join("; ", failures));
        }
    }
}
