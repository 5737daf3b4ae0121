package dev.powertuner.local.environment;

import dev.powertuner.local.environment.ExecutionEnvironment.Outcome;
import dev.powertuner.local.environment.ExecutionEnvironment.Status;
import dev.powertuner.local.process.EnvironmentShape;
import dev.powertuner.local.process.InitOutcome;
import dev.powertuner.local.process.InvokeOutcome;
import dev.powertuner.local.process.ProcessEnvironment;
import dev.powertuner.local.runtimeapi.Invocation;
import dev.powertuner.local.wire.ErrorDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Adapts a {@link ProcessEnvironment} (a child process under Lambda's limits) to Local Lambda's invoke path. */
public final class ProcessExecutionEnvironment implements ExecutionEnvironment {
    private final ProcessEnvironment process;
    private final EnvironmentShape shape;
    private final List<String> initLines = new ArrayList<>();

    public ProcessExecutionEnvironment(ProcessEnvironment process, EnvironmentShape shape) {
        this.process = process;
        this.shape = shape;
    }

    @Override
    public double init(String requestId, InvocationLog log) throws InitFailure, InterruptedException {
        InitOutcome o = process.init(this::initLine);
        log.initLines(takeInitLines());
        if (o.kind() == InitOutcome.Kind.READY) {
            return o.initMs();
        }
        Outcome failed;
        if (o.kind() == InitOutcome.Kind.ERROR) {
            String type = o.errorType() == null ? "Runtime.Unknown" : o.errorType();
            failed = new Outcome(Status.ERROR, o.body(), type, 0, process.maxMemory());
        } else if (o.kind() == InitOutcome.Kind.TIMED_OUT) {
            failed = new Outcome(Status.TIMEOUT, null, "Sandbox.Timedout", o.initMs(), process.maxMemory());
        } else if (o.oomKilled()) {
            failed = new Outcome(Status.OUT_OF_MEMORY, null, "Runtime.OutOfMemory", 0, shape.memoryMb());
        } else {
            failed = exitError(requestId, o.exit(), 0);
        }
        throw new InitFailure(failed, o.initMs());
    }

    private synchronized void initLine(String line) {
        initLines.add(line);
    }

    private synchronized List<String> takeInitLines() {
        List<String> lines = List.copyOf(initLines);
        initLines.clear();
        return lines;
    }

    @Override
    public Outcome invoke(byte[] payload, LocalContext context) {
        long deadline = System.currentTimeMillis() + context.getRemainingTimeInMillis();
        Invocation invocation = new Invocation(context.getAwsRequestId(), payload, deadline,
                context.getInvokedFunctionArn(), traceId(), null, null);
        InvokeOutcome o;
        try {
            o = process.invoke(invocation, context.log()::output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return exitError(context.getAwsRequestId(), "interrupted", 0);
        }
        switch (o.kind()) {
            case RESPONSE:
                return new Outcome(Status.SUCCESS, o.body(), null, o.durationMs(), o.maxMemoryMb());
            case ERROR:
                return new Outcome(Status.ERROR, o.body(), o.errorType() == null ? "Unhandled" : o.errorType(),
                        o.durationMs(), o.maxMemoryMb());
            case TIMED_OUT:
                return new Outcome(Status.TIMEOUT, null, "Sandbox.Timedout", o.durationMs(), o.maxMemoryMb());
            default:
                return o.oomKilled()
                        ? new Outcome(Status.OUT_OF_MEMORY, null, "Runtime.OutOfMemory", o.durationMs(),
                                shape.memoryMb())
                        : exitError(context.getAwsRequestId(), o.exit(), o.durationMs());
        }
    }

    /** Lambda's answer when the runtime process ends without answering. */
    private Outcome exitError(String requestId, String exit, double durationMs) {
        return new Outcome(Status.ERROR, ErrorDocument.of("Runtime.ExitError", "RequestId: " + requestId
                + " Error: Runtime exited with error: " + exit), "Runtime.ExitError", durationMs,
                process.maxMemory());
    }

    /** An X-Ray trace header of the shape Lambda sends ({@code Root=1-<time>-<24 hex>;Parent=…;Sampled=0}). */
    private static String traceId() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return String.format("Root=1-%08x-%012x%012x;Parent=%016x;Sampled=0", System.currentTimeMillis() / 1000,
                r.nextLong(1L << 48), r.nextLong(1L << 48), r.nextLong(Long.MAX_VALUE));
    }

    @Override
    public boolean alive() {
        return process.alive();
    }

    @Override
    public void close() {
        process.close();
    }
}
