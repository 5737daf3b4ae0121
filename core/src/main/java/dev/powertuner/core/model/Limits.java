package dev.powertuner.core.model;

/**
 * Upper bounds of the execution input that follow from the platform's own limits; the messages that cite them and
 * docs/cli.md give the same reasons.
 */
public final class Limits {

    /** Lambda stops any function after 15 minutes, so an Executor (one power value) must finish within it. */
    public static final long LAMBDA_MAX_MILLIS = 900_000;
    /**
     * Lambda bills at least 1 ms per invocation, so an Executor cannot make more than 900,000 invocations in its
     * 15 minutes: a larger {@code num} can never finish.
     */
    public static final int MAX_NUM = 900_000;
    /** Step Functions' limit for the input and output of a state, bytes. */
    public static final int STATE_LIMIT = 262_144;
    /** Lambda's limit for the payload of a synchronous Invoke request, bytes (6 MB). */
    public static final int INVOKE_PAYLOAD_LIMIT = 6_291_456;

    private Limits() {
    }
}
