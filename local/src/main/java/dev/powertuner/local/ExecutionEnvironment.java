package dev.powertuner.local;

/** One execution environment: initialised once (the cold start), then invoked one request at a time. */
interface ExecutionEnvironment {

    /** Runs INIT; returns the Init Duration in ms. A failure is thrown and the environment is discarded. */
    double init() throws Exception;

    /** Runs one invocation. */
    Outcome invoke(byte[] payload, LocalContext context);

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
