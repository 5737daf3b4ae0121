package dev.powertuner.local;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;

/** Invoke with the log tail, as the tuner's Executor does, and read the tail back. */
final class TailedInvoke {
    private TailedInvoke() {
    }

    static InvokeResponse invoke(LambdaClient client, String function, String payload) {
        return client.invoke(r -> r.functionName(function).logType(LogType.TAIL)
                .payload(SdkBytes.fromString(payload, StandardCharsets.UTF_8)));
    }

    static String log(InvokeResponse response) {
        return new String(Base64.getDecoder().decode(response.logResult()), StandardCharsets.UTF_8);
    }
}
