package dev.powertuner.core.port;

/**
 * The parts of an Invoke response the tuner reads.
 *
 * @param functionError {@code X-Amz-Function-Error} ({@code Unhandled}, {@code Handled}); null when the call succeeded
 * @param payload       the response payload as UTF-8 text (may be empty)
 * @param logResult     {@code X-Amz-Log-Result}: base64 of the last 4 KB of the log; null when absent
 */
public record InvocationResult(String functionError, String payload, String logResult) {

    public boolean failed() {
        return functionError != null;
    }
}
