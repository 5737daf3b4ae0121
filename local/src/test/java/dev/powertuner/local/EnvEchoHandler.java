package dev.powertuner.local;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Test handler: answers with its environment, the Context and the input; logs one line. */
public final class EnvEchoHandler implements RequestStreamHandler {
    static final AtomicInteger INSTANCES = new AtomicInteger();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Map<String, String> env;

    public EnvEchoHandler(Map<String, String> env) {
        this.env = env;
        INSTANCES.incrementAndGet();
    }

    @Override
    public void handleRequest(InputStream in, OutputStream out, Context context) throws IOException {
        context.getLogger().log("hello from " + context.getFunctionName() + "\n");
        ObjectNode reply = MAPPER.createObjectNode();
        reply.set("env", MAPPER.valueToTree(env));
        reply.put("requestId", context.getAwsRequestId()).put("functionName", context.getFunctionName())
                .put("version", context.getFunctionVersion()).put("memory", context.getMemoryLimitInMB())
                .put("remaining", context.getRemainingTimeInMillis())
                .put("arn", context.getInvokedFunctionArn());
        reply.set("input", MAPPER.readTree(in));
        MAPPER.writeValue(out, reply);
    }
}
