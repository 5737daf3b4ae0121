package dev.powertuner.local.environment;

/** One execution environment: initialised once (the cold start), then invoked one request at a time. */
public interface ExecutionEnvironment {

    /**
     * Runs INIT for the invocation {@code requestId}, whose log gets what INIT printed; returns the Init Duration in
     * ms. A failure is thrown ({@link InitFailure} when it carries Lambda's answer) and the environment discarded.
     */
    double init(String requestId, InvocationLog log) throws Exception;

    /** Runs one invocation. */
    Outcome invoke(byte[] payload, LocalContext context);

    /** Whether it can take another invocation (a process environment whose runtime exited cannot). */
    default boolean alive() {
        return true;
    }

    /** Releases the environment's resources. */
    default void close() {
    }

    /** How an invocation ended. */
    enum Status { SUCCESS, ERROR, TIMEOUT, OUT_OF_MEMORY }

    /**
     * Result of one invocation.
     *
     * @param status       how it ended
     * @param payload      response payload (an error document for ERROR; ignored for TIMEOUT and OUT_OF_MEMORY)
     * @param errorType    error type for ERROR
     * @param durationMs   Duration as reported
     * @param maxMemoryMb  Max Memory Used
     */
    record Outcome(Status status, byte[] payload, String errorType, double durationMs, int maxMemoryMb) {
    }
}
