package dev.powertuner.local.process;

import dev.powertuner.local.limits.ResourceLimits.Sandbox;
import dev.powertuner.local.runtimeapi.InitResult;
import dev.powertuner.local.runtimeapi.Invocation;
import dev.powertuner.local.runtimeapi.InvocationResult;
import dev.powertuner.local.runtimeapi.RuntimeEndpoint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * One execution environment as a child process under Lambda's limits: started on a cold start, talking to its own
 * Runtime API endpoint, reused while warm, killed (with its whole process tree) on {@link #close}.
 */
public final class ProcessEnvironment implements AutoCloseable {
    /** CPU during INIT: Lambda gives the INIT phase a burst above the memory's share (docs/local-lambda.md). */
    static final double INIT_BURST_VCPU = 2.0;
    /** Lambda's INIT phase limit; a longer INIT is given the function timeout on top, as Lambda re-runs it. */
    static final long INIT_LIMIT_MS = 10_000;

    private final ProcessHost host;
    private final ProcessSpec spec;
    private final EnvironmentShape shape;
    private final Map<String, String> variables;
    private RuntimeEndpoint endpoint;
    private Sandbox sandbox;
    private Process process;
    private OutputFile output;

    /**
     * @param variables the variables Lambda sets plus the function's own (Local Lambda builds them)
     */
    public ProcessEnvironment(ProcessHost host, ProcessSpec spec, EnvironmentShape shape,
                              Map<String, String> variables) {
        this.host = host;
        this.spec = spec;
        this.shape = shape;
        this.variables = Map.copyOf(variables);
    }

    /** Starts the process and waits for its first {@code next} (INIT), under the INIT burst. */
    public InitOutcome init(Consumer<String> log) throws InterruptedException {
        double burst = Math.min(Math.max(INIT_BURST_VCPU, shape.vcpu()), host.capacity().cores());
        Path taskRoot = host.taskRoot(spec);
        long waited = host.capacity().acquire(burst);
        try {
            long start = System.nanoTime();
            start(taskRoot, burst);
            InitResult r = await(endpoint.initialized().toCompletableFuture(), INIT_LIMIT_MS + shape.timeoutMs());
            double ms = ((r == null ? System.nanoTime() : r.atNanos()) - start) / 1e6;
            output.drainTo(log);
            if (r != null && r.kind() == InitResult.Kind.READY) {
                sandbox.cpu(shape.vcpu());
                return InitOutcome.ready(ms, waited);
            }
            return r == null ? InitOutcome.timedOut(ms, waited)
                    : r.kind() == InitResult.Kind.ERROR ? InitOutcome.error(ms, waited, r.errorType(), r.body())
                    : InitOutcome.exited(ms, waited, exitDescription(), sandbox.oomKilled());
        } finally {
            host.capacity().release(burst);
        }
    }

    /** Starts the process; extracting the package happened before (Lambda's INIT does not include it). */
    private void start(Path taskRoot, double burstVcpu) {
        endpoint = host.runtimeApi().open();
        sandbox = host.limits().create(shape.name(), shape.memoryMb(), burstVcpu);
        List<String> command = sandbox.wrap(Launcher.command(host, spec, taskRoot, shape.memoryMb()));
        output = new OutputFile(host.outputFile());
        ProcessBuilder builder = new ProcessBuilder(command).directory(taskRoot.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.path().toFile()));
        builder.environment().clear();
        builder.environment().putAll(variables);
        builder.environment().put("AWS_LAMBDA_RUNTIME_API", endpoint.address());
        builder.environment().put("LAMBDA_TASK_ROOT", taskRoot.toString());
        try {
            process = builder.start();
        } catch (IOException e) {
            close();
            throw new IllegalStateException("cannot start " + command.get(0) + ": " + e.getMessage(), e);
        }
        process.onExit().thenRun(endpoint::processExited);
        host.started(this);
    }

    /** Runs one invocation: waits for CPU capacity, hands out the event, waits for the answer until the timeout. */
    public InvokeOutcome invoke(Invocation invocation, Consumer<String> log) throws InterruptedException {
        long waited = host.capacity().acquire(shape.vcpu());
        try {
            output.reset();
            var answer = endpoint.submit(invocation);
            InvocationResult r = await(answer, shape.timeoutMs());
            output.drainTo(log);
            if (r == null) {
                return InvokeOutcome.timedOut(shape.timeoutMs(), waited, maxMemory());
            }
            if (r.kind() == InvocationResult.Kind.EXITED) {
                process.onExit().get(1, TimeUnit.SECONDS);
                return InvokeOutcome.exited(r.durationMs(), waited, maxMemory(), exitDescription(),
                        sandbox.oomKilled());
            }
            return InvokeOutcome.answered(r, waited, maxMemory());
        } catch (ExecutionException | TimeoutException e) {
            return InvokeOutcome.exited(0, waited, maxMemory(), exitDescription(), sandbox.oomKilled());
        } finally {
            host.capacity().release(shape.vcpu());
        }
    }

    private static <T> T await(java.util.concurrent.CompletableFuture<T> future, long ms)
            throws InterruptedException {
        try {
            return future.get(ms, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return null;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Max Memory Used: the sandbox's peak, or the process's peak resident set where no cgroup is applied. */
    public int maxMemory() {
        long bytes = sandbox == null ? -1 : sandbox.peakMemoryBytes();
        if (bytes < 0 && process != null) {
            bytes = PeakRss.of(process.pid());
        }
        return bytes < 0 ? 0 : (int) Math.min(shape.memoryMb(), Math.round(bytes / (1024.0 * 1024.0)));
    }

    /** Lambda's wording: {@code exit status 1}, {@code signal: killed}. */
    private String exitDescription() {
        if (process == null || process.isAlive()) {
            return "exit status unknown";
        }
        int code = process.exitValue();
        return code > 128 ? "signal: " + Signals.name(code - 128) : "exit status " + code;
    }

    public boolean alive() {
        return process != null && process.isAlive();
    }

    @Override
    public void close() {
        host.stopped(this);
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        if (sandbox != null) {
            sandbox.close();
        }
        if (endpoint != null) {
            endpoint.close();
        }
        if (output != null) {
            output.close();
        }
    }
}
