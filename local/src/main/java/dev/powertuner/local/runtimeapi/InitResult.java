package dev.powertuner.local.runtimeapi;

/**
 * How INIT ended: the runtime asked for its first event, reported an init error, or its process ended first.
 *
 * @param kind      ready, error, or exited
 * @param body      the error document of an init error, else empty
 * @param errorType Lambda-Runtime-Function-Error-Type of an init error, or null
 * @param atNanos   System.nanoTime() when it ended
 */
public record InitResult(Kind kind, byte[] body, String errorType, long atNanos) {

    /** How INIT ended. */
    public enum Kind { READY, ERROR, EXITED }
}
