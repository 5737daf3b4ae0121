package dev.powertuner.local.process;

import dev.powertuner.local.runtimeapi.InvocationResult;

/**
 * How one invocation in a process environment ended.
 *
 * @param kind        response, error, the process exited, or the timeout passed
 * @param durationMs  handing out the event to the answer (the timeout for TIMED_OUT)
 * @param waitedMs    time spent waiting for CPU capacity first (not Duration)
 * @param maxMemoryMb the environment's peak memory so far
 * @param body        the response or the runtime's error document
 * @param errorType   the runtime's error type of an error
 * @param exit        {@code exit status N} or {@code signal: killed} when the process exited
 * @param oomKilled   whether the memory limit killed it
 */
public record InvokeOutcome(Kind kind, double durationMs, double waitedMs, int maxMemoryMb, byte[] body,
                            String errorType, String exit, boolean oomKilled) {

    /** How the invocation ended. */
    public enum Kind { RESPONSE, ERROR, EXITED, TIMED_OUT }

    static InvokeOutcome answered(InvocationResult r, long waitedNanos, int maxMemoryMb) {
        Kind kind = r.kind() == InvocationResult.Kind.RESPONSE ? Kind.RESPONSE : Kind.ERROR;
        return new InvokeOutcome(kind, r.durationMs(), waitedNanos / 1e6, maxMemoryMb, r.body(), r.errorType(), null,
                false);
    }

    static InvokeOutcome exited(double durationMs, long waitedNanos, int maxMemoryMb, String exit, boolean oom) {
        return new InvokeOutcome(Kind.EXITED, durationMs, waitedNanos / 1e6, maxMemoryMb, null, null, exit, oom);
    }

    static InvokeOutcome timedOut(long timeoutMs, long waitedNanos, int maxMemoryMb) {
        return new InvokeOutcome(Kind.TIMED_OUT, timeoutMs, waitedNanos / 1e6, maxMemoryMb, null, null, null, false);
    }
}
