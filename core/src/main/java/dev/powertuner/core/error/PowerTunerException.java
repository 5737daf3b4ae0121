package dev.powertuner.core.error;

/**
 * Base of every exception a powertuner function throws on purpose.
 *
 * <p>The Lambda runtime reports a thrown exception's fully qualified class name as {@code errorType}, and Step
 * Functions uses it as the error name that Retry and Catch match. The names of the subclasses are therefore a public
 * contract: renaming one is a breaking change.
 */
public abstract class PowerTunerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected PowerTunerException(String message) {
        super(message);
    }

    protected PowerTunerException(String message, Throwable cause) {
        super(message, cause);
    }
}
