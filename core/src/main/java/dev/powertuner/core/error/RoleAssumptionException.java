package dev.powertuner.core.error;

/** The tuner could not assume the execution input's {@code roleARN}; the message names the role and STS's answer. */
public final class RoleAssumptionException extends PowerTunerException {
    private static final long serialVersionUID = 1L;

    public RoleAssumptionException(String message, Throwable cause) {
        super(message, cause);
    }
}
