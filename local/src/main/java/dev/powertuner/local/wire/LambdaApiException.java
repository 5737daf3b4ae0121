package dev.powertuner.local.wire;

/** An error answer of the Lambda API: HTTP status, error type (X-Amzn-ErrorType) and message. */
public final class LambdaApiException extends RuntimeException {
    private final int status;
    private final String type;
    private final String reason;

    public LambdaApiException(int status, String type, String message) {
        this(status, type, message, null);
    }

    public LambdaApiException(int status, String type, String message, String reason) {
        super(message);
        this.status = status;
        this.type = type;
        this.reason = reason;
    }

    public static LambdaApiException notFound(String message) {
        return new LambdaApiException(404, "ResourceNotFoundException", message);
    }

    /** What Lambda answers a caller of another account that no resource-based policy lets in. */
    public static LambdaApiException accessDenied(String callerArn, String action, String resource) {
        return new LambdaApiException(403, "AccessDeniedException", "User: " + callerArn
                + " is not authorized to perform: " + action + " on resource: " + resource
                + " because no resource-based policy allows the " + action + " action");
    }

    public static LambdaApiException conflict(String message) {
        return new LambdaApiException(409, "ResourceConflictException", message);
    }

    public static LambdaApiException invalid(String message) {
        return new LambdaApiException(400, "InvalidParameterValueException", message);
    }

    public static LambdaApiException throttled(String reason) {
        return new LambdaApiException(429, "TooManyRequestsException", "Rate Exceeded.", reason);
    }

    public static LambdaApiException updateInProgress(String arn) {
         return conflict("The operation cannot be performed at this time. An update is in progress for resource: "
                + arn);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    /** TooManyRequestsException reason, or null. */
    public String reason() {
        return reason;
    }
}
