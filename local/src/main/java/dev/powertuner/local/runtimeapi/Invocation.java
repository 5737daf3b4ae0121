package dev.powertuner.local.runtimeapi;

/**
 * One event handed to an execution environment through {@code /runtime/invocation/next}.
 *
 * @param requestId       Lambda-Runtime-Aws-Request-Id
 * @param payload         the event
 * @param deadlineEpochMs Lambda-Runtime-Deadline-Ms
 * @param invokedArn      Lambda-Runtime-Invoked-Function-Arn (the ARN the caller used)
 * @param traceId         Lambda-Runtime-Trace-Id
 * @param clientContext   Lambda-Runtime-Client-Context, or null
 * @param cognitoIdentity Lambda-Runtime-Cognito-Identity, or null
 */
public record Invocation(String requestId, byte[] payload, long deadlineEpochMs, String invokedArn, String traceId,
                         String clientContext, String cognitoIdentity) {
}
