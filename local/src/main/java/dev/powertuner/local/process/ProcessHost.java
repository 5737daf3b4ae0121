package dev.powertuner.local.process;

import dev.powertuner.local.limits.ResourceLimits;
import dev.powertuner.local.runtimeapi.RuntimeApiServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What every process-mode environment of one Local Lambda shares: the Runtime API server, the limits mechanism, the
 * host's CPU capacity, and a temporary directory for the bootstraps and extracted deployment packages. Created on
 * the first process-mode function; {@link #close} removes everything it made.
 */
public final class ProcessHost implements AutoCloseable {
    private static final String BOOTSTRAPS = "/dev/powertuner/local/runtime/";
    private final RuntimeApiServer runtimeApi = new RuntimeApiServer();
    private final ResourceLimits limits;
    private final CpuCapacity capacity;
    private final Path workDir;
    private final Map<Path, TaskRoot> taskRoots = new ConcurrentHashMap<>();
    private final AtomicInteger outputs = new AtomicInteger();
    private final Set<ProcessEnvironment> live = ConcurrentHashMap.newKeySet();
    private final Thread shutdownHook = new Thread(this::release, "local-lambda-environments");

    public ProcessHost(ResourceLimits limits, double cores) {
        this.limits = limits;
        this.capacity = new CpuCapacity(cores);
        limits.removeStale();
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        try {
            this.workDir = Files.createTempDirectory("powertuner-local-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory: " + e.getMessage(), e);
        }
    }

    public ResourceLimits limits() {
        return limits;
    }

    public CpuCapacity capacity() {
        return capacity;
    }

    RuntimeApiServer runtimeApi() {
        return runtimeApi;
    }

    /** The deployment package as a directory (extracted once per package). */
    Path taskRoot(ProcessSpec spec) {
        if (spec.code() == null) {
            return taskRoots.computeIfAbsent(workDir.resolve("empty-task"), p -> TaskRoot.empty(p)).dir();
        }
        return taskRoots.computeIfAbsent(spec.code().toAbsolutePath().normalize(),
                code -> TaskRoot.of(code, workDir)).dir();
    }

    /** A new file for one environment's stdout and stderr. */
    Path outputFile() {
        return workDir.resolve("env-" + outputs.incrementAndGet() + ".log");
    }

    /** A bootstrap of ours ({@code node/bootstrap.mjs}, {@code python/bootstrap.py}), copied out of the jar once. */
    synchronized Path bootstrap(String name) {
        Path target = workDir.resolve(name);
        if (Files.exists(target)) {
            return target;
        }
        try (InputStream in = ProcessHost.class.getResourceAsStream(BOOTSTRAPS + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BOOTSTRAPS + name);
            }
            Files.createDirectories(target.getParent());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    void started(ProcessEnvironment env) {
        live.add(env);
    }

    void stopped(ProcessEnvironment env) {
        live.remove(env);
    }

    /** On SIGINT/SIGTERM: kill every environment and remove the temporary directory. */
    private void release() {
        killAll();
        TaskRoot.delete(workDir);
    }

    /** Kills every environment still running. */
    private void killAll() {
        for (ProcessEnvironment env : List.copyOf(live)) {
            env.close();
        }
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook releases everything itself
        }
        killAll();
        runtimeApi.close();
        TaskRoot.delete(workDir);
    }
}
