package dev.powertuner.core.error;

/** The executor's remaining time cannot cover the next invocation. */
public final class TimeBudgetExceededException extends PowerTunerException {
    private static final long serialVersionUID = 1L;

    public TimeBudgetExceededException(String message) {
        super(message);
    }

    public TimeBudgetExceededException(String message, Throwable cause) {
        super(message, cause);
    }
}
