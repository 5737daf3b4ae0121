package dev.powertuner.local;

import dev.powertuner.local.limits.ResourceLimits;
import dev.powertuner.local.process.ProcessHost;
import java.util.function.Supplier;

/** What process-mode environments run under, created on first use (so limits are detected once, and only if needed). */
final class LazyProcessHost implements Supplier<ProcessHost>, AutoCloseable {
    private final Supplier<ResourceLimits> limits;
    private final double cores;
    private ProcessHost host;

    LazyProcessHost(Supplier<ResourceLimits> limits, double cores) {
        this.limits = limits;
        this.cores = cores;
    }

    @Override
    public synchronized ProcessHost get() {
        if (host == null) {
            host = new ProcessHost(limits.get(), cores);
        }
        return host;
    }

    @Override
    public synchronized void close() {
        if (host != null) {
            host.close();
        }
    }
}
