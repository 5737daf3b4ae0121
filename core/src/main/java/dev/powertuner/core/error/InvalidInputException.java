package dev.powertuner.core.error;

/** Bad execution input: the message names the field and the rule. */
public final class InvalidInputException extends PowerTunerException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
