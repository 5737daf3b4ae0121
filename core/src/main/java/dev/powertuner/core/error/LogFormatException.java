package dev.powertuner.core.error;

/** An invocation's log tail holds neither a REPORT line nor a platform.report record. */
public final class LogFormatException extends PowerTunerException {
    private static final long serialVersionUID = 1L;

    public LogFormatException(String message) {
        super(message);
    }

    public LogFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
