package dev.powertuner.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

/**
 * Start-up timing behind {@code -Dpowertuner.trace=startup}: each {@link #mark} prints the wall time since the process
 * started and the CPU time it has used so far, so a slow phase shows up without a profiler. Off by default: then a
 * mark costs one field read.
 */
final class StartupTrace {
    private static final boolean ENABLED = "startup".equals(System.getProperty("powertuner.trace"));
    private static final PrintStream OUT = System.err;

    private StartupTrace() {
    }

    static void mark(String phase) {
        if (!ENABLED) {
            return;
        }
        ProcessHandle.Info info = ProcessHandle.current().info();
        long wall = info.startInstant().map(t -> Duration.between(t, Instant.now()).toMillis()).orElse(-1L);
        long cpu = info.totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        OUT.printf("trace: %6d ms wall %6d ms cpu  %s%n", wall, cpu, phase);
    }
}
