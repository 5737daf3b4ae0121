package dev.powertuner.core.error;

/** The payload or the payloadS3 object cannot be read or split. */
public final class PayloadException extends PowerTunerException {
    private static final long serialVersionUID = 1L;

    public PayloadException(String message) {
        super(message);
    }

    public PayloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
