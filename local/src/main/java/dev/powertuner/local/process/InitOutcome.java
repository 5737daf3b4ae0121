package dev.powertuner.local.process;

/**
 * How an environment's INIT ended.
 *
 * @param kind      ready, an init error the runtime reported, the process exited, or INIT outlived its limit
 * @param initMs    process start to the first {@code next} (or to the failure)
 * @param waitedMs  time spent waiting for CPU capacity before the start (not part of initMs)
 * @param errorType the runtime's error type of an init error
 * @param body      the runtime's error document of an init error
 * @param exit      {@code exit status N} or {@code signal: killed} when the process exited
 * @param oomKilled whether the memory limit killed it
 */
public record InitOutcome(Kind kind, double initMs, double waitedMs, String errorType, byte[] body, String exit,
                          boolean oomKilled) {

    /** How INIT ended. */
    public enum Kind { READY, ERROR, EXITED, TIMED_OUT }

    static InitOutcome ready(double ms, long waitedNanos) {
        return new InitOutcome(Kind.READY, ms, waitedNanos / 1e6, null, null, null, false);
    }

    static InitOutcome error(double ms, long waitedNanos, String errorType, byte[] body) {
        return new InitOutcome(Kind.ERROR, ms, waitedNanos / 1e6, errorType, body, null, false);
    }

    static InitOutcome exited(double ms, long waitedNanos, String exit, boolean oomKilled) {
        return new InitOutcome(Kind.EXITED, ms, waitedNanos / 1e6, null, null, exit, oomKilled);
    }

    static InitOutcome timedOut(double ms, long waitedNanos) {
        return new InitOutcome(Kind.TIMED_OUT, ms, waitedNanos / 1e6, null, null, null, false);
    }
}
