package dev.powertuner.local;

/** An error answer of the Lambda API: HTTP status, error type (X-Amzn-ErrorType) and message. */
final class LambdaApiException extends RuntimeException {
    private final int status;
    private final String type;
    private final String reason;

    LambdaApiException(int status, String type, String message) {
        this(status, type, message, null);
    }

    LambdaApiException(int status, String type, String message, String reason) {
        super(message);
        this.status = status;
        this.type = type;
        this.reason = reason;
    }

    static LambdaApiException notFound(String message) {
        return new LambdaApiException(404, "ResourceNotFoundException", message);
    }

    /** What Lambda answers a caller of another account that no resource-based policy lets in. */
    static LambdaApiException accessDenied(String callerArn, String action, String resource) {
        return new LambdaApiException(403, "AccessDeniedException", "User: " + callerArn
                + " is not authorized to perform: " + action + " on resource: " + resource
                + " because no resource-based policy allows the " + action + " action");
    }

    static LambdaApiException conflict(String message) {
        return new LambdaApiException(409, "ResourceConflictException", message);
    }

    static LambdaApiException invalid(String message) {
        return new LambdaApiException(400, "InvalidParameterValueException", message);
    }

    static LambdaApiException throttled(String reason) {
        return new LambdaApiException(429, "TooManyRequestsException", "Rate Exceeded.", reason);
    }

    static LambdaApiException updateInProgress(String arn) {
        return conflict("The operation cannot be performed at this time. An update is in progress for resource: "
                + arn);
    }

    int status() {
        return status;
    }

    String type() {
        return type;
    }

    /** TooManyRequestsException reason, or null. */
    String reason() {
        return reason;
    }
}
