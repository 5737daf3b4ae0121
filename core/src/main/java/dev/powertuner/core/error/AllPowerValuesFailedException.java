package dev.powertuner.core.error;

/** Every power value of the run failed; nothing can be recommended. */
public final class AllPowerValuesFailedException extends PowerTunerException {
    private static final long serialVersionUID = 1L;

    public AllPowerValuesFailedException(String message) {
        super(message);
    }

    public AllPowerValuesFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
