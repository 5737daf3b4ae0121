package dev.powertuner.local.environment;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

/** The Context handed to in-process handlers; remaining time counts down from the function's timeout. */
public final class LocalContext implements Context {
    private final String requestId;
    private final String functionName;
    private final String version;
    private final String invokedArn;
    private final int memory;
    private final long deadlineNanos;
    private final InvocationLog logger;

    public LocalContext(String requestId, String functionName, String version, String invokedArn, int memory,
                 long deadlineNanos, InvocationLog logger) {
        this.requestId = requestId;
        this.functionName = functionName;
        this.version = version;
        this.invokedArn = invokedArn;
        this.memory = memory;
        this.deadlineNanos = deadlineNanos;
        this.logger = logger;
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/" + functionName;
    }

    @Override
    public String getLogStreamName() {
        return "local/[" + version + "]" + requestId;
    }

    @Override
    public String getFunctionName() {
        return functionName;
    }

    @Override
    public String getFunctionVersion() {
        return version;
    }

    @Override
    public String getInvokedFunctionArn() {
        return invokedArn;
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return (int) Math.max(0, (deadlineNanos - System.nanoTime()) / 1_000_000L);
    }

    @Override
    public int getMemoryLimitInMB() {
        return memory;
    }

    @Override
    public LambdaLogger getLogger() {
        return logger;
    }

    /** The log this context's logger writes to. */
    InvocationLog log() {
        return logger;
    }
}
