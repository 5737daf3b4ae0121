package dev.powertuner.local.runtimeapi;

/**
 * How the runtime answered one invocation.
 *
 * @param kind           response, error, or the process ended without answering
 * @param body           the response, or the error document the runtime posted
 * @param errorType      Lambda-Runtime-Function-Error-Type of an error, or null
 * @param handedOutNanos System.nanoTime() when the event was written to the runtime
 * @param answeredNanos  System.nanoTime() when the answer arrived
 */
public record InvocationResult(Kind kind, byte[] body, String errorType, long handedOutNanos, long answeredNanos) {

    /** What the runtime did. */
    public enum Kind { RESPONSE, ERROR, EXITED }

    /** Milliseconds from handing out the event to the answer: Lambda's Duration. */
    public double durationMs() {
        return (answeredNanos - handedOutNanos) / 1e6;
    }
}
