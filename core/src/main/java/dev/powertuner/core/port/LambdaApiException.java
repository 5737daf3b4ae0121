package dev.powertuner.core.port;

/**
 * A Lambda API call failed; {@link #errorCode()} is the service's error code
 * ({@code ResourceNotFoundException}, {@code InvalidParameterValueException}, {@code ResourceConflictException},
 * {@code TooManyRequestsException}, ...). Thrown by {@link FunctionControl} adapters after their own retries.
 */
public final class LambdaApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String errorCode;
    private final int statusCode;

    public LambdaApiException(String errorCode, int statusCode, String message, Throwable cause) {
        super(errorCode + ": " + message, cause);
        this.errorCode = errorCode;
        this.statusCode = statusCode;
    }

    public String errorCode() {
        return errorCode;
    }

    public int statusCode() {
        return statusCode;
    }

    /** The service's message without the error code prefix. */
    public String apiMessage() {
        String message = getMessage();
        return message.substring(errorCode.length() + 2);
    }

    public boolean isNotFound() {
        return "ResourceNotFoundException".equals(errorCode);
    }
}
