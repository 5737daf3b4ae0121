package dev.powertuner.core.error;

/** A pre- or post-processor function returned an error. */
public final class ProcessorFailedException extends PowerTunerException {
    private static final long serialVersionUID = 1L;

    public ProcessorFailedException(String message) {
        super(message);
    }

    public ProcessorFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
