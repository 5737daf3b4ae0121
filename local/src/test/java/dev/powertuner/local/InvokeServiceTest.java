package dev.powertuner.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.powertuner.local.function.FunctionDefinition;
import dev.powertuner.local.function.WorkloadProfile;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvalidRequestContentException;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;
import software.amazon.awssdk.services.lambda.model.RequestTooLargeException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

class InvokeServiceTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern REPORT = Pattern.compile("REPORT RequestId: ([0-9a-f-]{36})\tDuration: "
            + "([0-9]+\\.[0-9]{2}) ms\tBilled Duration: ([0-9]+) ms\tMemory Size: ([0-9]+) MB\tMax Memory Used: "
            + "([0-9]+) MB(\tInit Duration: ([0-9]+\\.[0-9]{2}) ms)?\t\n$");

    private LocalLambda lambda;
    private LambdaClient client;

    @BeforeEach
    void start() {
        lambda = LocalLambda.builder().updateDelay(Duration.ZERO).activationDelay(Duration.ZERO).start();
        client = TestClients.lambda(lambda.endpoint());
    }

    @AfterEach
    void stop() {
        client.close();
        lambda.close();
    }

    private InvokeResponse invoke(String function, String qualifier, String payload) {
        return client.invoke(r -> r.functionName(function).qualifier(qualifier).logType(LogType.TAIL)
                .payload(SdkBytes.fromUtf8String(payload)));
    }

    private static String log(InvokeResponse response) {
        return new String(Base64.getDecoder().decode(response.logResult()), StandardCharsets.UTF_8);
    }

    private static JsonNode json(InvokeResponse response) throws Exception {
        return MAPPER.readTree(response.payload().asByteArray());
    }

    @Test
    void textLogHasStartEndAndReportWithInitDurationOnlyWhenCold() {
        lambda.register(FunctionDefinition.builder("p").memorySize(1769)
                .profile(new WorkloadProfile(100, 1, 20, 300, 0, 0, 0, null, 1)).build());

        String cold = log(invoke("p", null, "{}"));
        String warm = log(invoke("p", null, "{}"));

        Matcher c = REPORT.matcher(cold);
        assertThat(c.find()).as(cold).isTrue();
        assertThat(cold).startsWith("START RequestId: " + c.group(1) + " Version: $LATEST\n")
                .contains("END RequestId: " + c.group(1) + "\n");
        assertThat(c.group(2)).isEqualTo("120.00");
        assertThat(c.group(7)).isEqualTo("300.00");
        assertThat(c.group(3)).isEqualTo("420");
        assertThat(c.group(4)).isEqualTo("1769");
        assertThat(c.group(5)).isEqualTo("64");
        Matcher w = REPORT.matcher(warm);
        assertThat(w.find()).as(warm).isTrue();
        assertThat(w.group(6)).isNull();
        assertThat(w.group(3)).isEqualTo("120");
        assertThat(lambda.stats("p").coldStarts()).isEqualTo(1);
    }

    @Test
    void billedDurationIsCeilingOfDurationPlusInit() {
        lambda.register(FunctionDefinition.builder("p").memorySize(1769)
                .profile(new WorkloadProfile(10.004, 1, 0, 0.3, 0, 0, 0, null, 1)).build());

        Matcher m = REPORT.matcher(log(invoke("p", null, "{}")));

        assertThat(m.find()).isTrue();
        assertThat(m.group(2)).isEqualTo("10.00");
        assertThat(m.group(7)).isEqualTo("0.30");
        assertThat(m.group(3)).isEqualTo("11");
    }

    @Test
    void jsonLogFormatWritesPlatformRecordsWithInitDurationOnlyWhenCold() throws Exception {
        lambda.register(FunctionDefinition.builder("j").logFormat("JSON").memorySize(1769)
                .profile(new WorkloadProfile(50, 1, 0, 100, 0, 0, 0, null, 1)).build());

        String[] cold = log(invoke("j", null, "{}")).split("\n");
        String[] warm = log(invoke("j", null, "{}")).split("\n");

        JsonNode start = MAPPER.readTree(cold[0]);
        JsonNode report = MAPPER.readTree(cold[cold.length - 1]);
        assertThat(start.get("type").asText()).isEqualTo("platform.start");
        assertThat(start.at("/record/version").asText()).isEqualTo("$LATEST");
        assertThat(report.get("type").asText()).isEqualTo("platform.report");
        JsonNode metrics = report.at("/record/metrics");
        assertThat(metrics.get("durationMs").asDouble()).isEqualTo(50.0);
        assertThat(metrics.get("billedDurationMs").asLong()).isEqualTo(150);
        assertThat(metrics.get("memorySizeMB").asInt()).isEqualTo(1769);
        assertThat(metrics.get("maxMemoryUsedMB").asInt()).isEqualTo(64);
        assertThat(metrics.get("initDurationMs").asDouble()).isEqualTo(100.0);
        assertThat(MAPPER.readTree(warm[warm.length - 1]).at("/record/metrics").has("initDurationMs")).isFalse();
    }

    @Test
    void qualifierByVersionAliasArnOrPartialArnSelectsTheVersion() throws Exception {
        lambda.register(FunctionDefinition.builder("e").memorySize(256).handler(EnvEchoHandler.class.getName())
                .build());
        client.publishVersion(r -> r.functionName("e"));
        client.createAlias(r -> r.functionName("e").name("live").functionVersion("1"));
        client.updateFunctionConfiguration(r -> r.functionName("e").memorySize(512));

        InvokeResponse byAlias = invoke(lambda.functionArn("e") + ":live", null, "{}");
        InvokeResponse byVersion = invoke("000000000000:function:e", "1", "{}");
        InvokeResponse latest = invoke("e", null, "{}");

        assertThat(byAlias.executedVersion()).isEqualTo("1");
        assertThat(json(byAlias).get("memory").asInt()).isEqualTo(256);
        assertThat(json(byAlias).get("arn").asText()).isEqualTo(lambda.functionArn("e") + ":live");
        assertThat(json(byVersion).get("version").asText()).isEqualTo("1");
        assertThat(json(byVersion).get("arn").asText()).isEqualTo(lambda.functionArn("e") + ":1");
        assertThat(latest.executedVersion()).isEqualTo("$LATEST");
        assertThat(json(latest).get("arn").asText()).isEqualTo(lambda.functionArn("e"));
        assertThat(json(latest).get("memory").asInt()).isEqualTo(512);
        assertThatThrownBy(() -> invoke("e", "nope", "{}")).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void inProcessHandlerGetsEnvironmentContextAndLoggerLines() throws Exception {
        lambda.register(FunctionDefinition.builder("e").timeout(30).environment(Map.of("GREETING", "hi"))
                .handler(EnvEchoHandler.class.getName()).build());

        InvokeResponse r = invoke("e", null, "{\"k\":\"v\"}");
        JsonNode body = json(r);

        assertThat(body.at("/env/GREETING").asText()).isEqualTo("hi");
        assertThat(body.at("/env/AWS_ENDPOINT_URL_LAMBDA").asText()).isEqualTo(lambda.endpoint().toString());
        assertThat(body.at("/env/AWS_ENDPOINT_URL_STS").asText()).isEqualTo(lambda.endpoint().toString());
        assertThat(body.at("/env/AWS_REGION").asText()).isEqualTo("us-east-1");
        assertThat(body.at("/env/AWS_LAMBDA_FUNCTION_NAME").asText()).isEqualTo("e");
        assertThat(body.at("/env/AWS_LAMBDA_FUNCTION_MEMORY_SIZE").asText()).isEqualTo("128");
        assertThat(body.at("/env/AWS_ACCESS_KEY_ID").asText()).isNotEmpty();
        assertThat(body.get("remaining").asInt()).isBetween(20_000, 30_000);
        assertThat(body.at("/input/k").asText()).isEqualTo("v");
        assertThat(log(r)).contains("hello from e\n").contains("RequestId: " + body.get("requestId").asText());
    }

    @Test
    void requestHandlerInputAndOutputGoThroughJackson() throws Exception {
        lambda.register(FunctionDefinition.builder("g").handler(GreetingHandler.class.getName()).build());

        assertThat(json(invoke("g", null, "{\"name\":\"Ada\"}")).get("greeting").asText()).isEqualTo("hello Ada");
    }

    @Test
    void thrownExceptionIsAnUnhandledFunctionErrorWithItsClassName() throws Exception {
        lambda.register(FunctionDefinition.builder("g").handler(GreetingHandler.class.getName()).build());

        InvokeResponse r = invoke("g", null, "{\"name\":\"boom\"}");
        JsonNode body = json(r);

        assertThat(r.functionError()).isEqualTo("Unhandled");
        assertThat(body.get("errorType").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(body.get("errorMessage").asText()).isEqualTo("boom requested");
        assertThat(body.get("stackTrace").get(0).asText()).contains("GreetingHandler.handleRequest");
        assertThat(lambda.stats("g").errors()).isEqualTo(1);
    }

    @Test
    void slowHandlerTimesOutLikeAws() throws Exception {
        lambda.register(FunctionDefinition.builder("g").timeout(1).handler(GreetingHandler.class.getName()).build());

        InvokeResponse r = invoke("g", null, "{\"name\":\"sleep\"}");
        JsonNode body = json(r);

        assertThat(r.functionError()).isEqualTo("Unhandled");
        assertThat(body.get("errorType").asText()).isEqualTo("Sandbox.Timedout");
        assertThat(body.get("errorMessage").asText())
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z [0-9a-f-]{36} Task timed out after 1\\.00 "
                        + "seconds");
        assertThat(log(r)).contains("Duration: 1000.00 ms\tBilled Duration: ").contains("\tStatus: timeout");
    }

    @Test
    void profileTimesOutWhenItsDurationExceedsTheTimeout() throws Exception {
        lambda.register(FunctionDefinition.builder("p").timeout(3).memorySize(128)
                .profile(WorkloadProfile.of(1000, 0)).build());

        InvokeResponse r = invoke("p", null, "{}");

        assertThat(json(r).get("errorType").asText()).isEqualTo("Sandbox.Timedout");
        assertThat(json(r).get("errorMessage").asText()).endsWith("Task timed out after 3.00 seconds");
        assertThat(log(r)).contains("Duration: 3000.00 ms\tBilled Duration: 3000 ms");
    }

    @Test
    void profileNeedingMoreMemoryFailsWithRuntimeOutOfMemory() throws Exception {
        lambda.register(FunctionDefinition.builder("p").memorySize(128)
                .profile(new WorkloadProfile(10, 1, 0, 0, 150, 0, 0, null, 1)).build());
        client.updateFunctionConfiguration(r -> r.functionName("p").memorySize(256));
        client.publishVersion(r -> r.functionName("p"));
        client.updateFunctionConfiguration(r -> r.functionName("p").memorySize(128));

        InvokeResponse small = invoke("p", null, "{}");
        InvokeResponse enough = invoke("p", "1", "{}");

        assertThat(json(small).get("errorType").asText()).isEqualTo("Runtime.OutOfMemory");
        assertThat(log(small)).contains("Max Memory Used: 128 MB");
        assertThat(enough.functionError()).isNull();
        assertThat(log(enough)).contains("Max Memory Used: 150 MB");
    }

    @Test
    void errorRateOneAlwaysFailsWithTheProfileErrorType() throws Exception {
        lambda.register(FunctionDefinition.builder("p")
                .profile(new WorkloadProfile(1, 1, 0, 0, 0, 0, 1.0, "HandledError", 1)).build());

        InvokeResponse r = invoke("p", null, "{}");

        assertThat(r.functionError()).isEqualTo("Unhandled");
        assertThat(json(r).get("errorType").asText()).isEqualTo("HandledError");
        assertThat(log(r)).contains("REPORT RequestId:");
    }

    @Test
    void payloadOverSixMegabytesIsRequestTooLarge() {
        lambda.register(FunctionDefinition.builder("p").build());
        String big = "\"" + "x".repeat(6 * 1024 * 1024) + "\"";

        assertThatThrownBy(() -> invoke("p", null, big)).isInstanceOf(RequestTooLargeException.class);
    }

    @Test
    void responsesUpTo6291556BytesAreReturnedAndLargerOnesAreResponseSizeTooLarge() throws Exception {
        lambda.register(FunctionDefinition.builder("big").timeout(30)
                .handlerFactory(env -> new SizedResponseHandler()).build());

        InvokeResponse atLimit = invoke("big", null, "6291556");
        InvokeResponse over = invoke("big", null, "6291557");

        assertThat(atLimit.functionError()).isNull();
        assertThat(atLimit.payload().asByteArray()).hasSize(6_291_556);
        assertThat(over.functionError()).isEqualTo("Unhandled");
        assertThat(json(over).get("errorType").asText()).isEqualTo("Function.ResponseSizeTooLarge");
        assertThat(json(over).get("errorMessage").asText())
                .isEqualTo("Response payload size exceeded maximum allowed payload size (6291556 bytes).");
    }

    @Test
    void logResultIsTheLastFourKilobytes() {
        lambda.register(FunctionDefinition.builder("chatty").handlerFactory(env -> new ChattyHandler()).build());

        String tail = log(invoke("chatty", null, "{}"));

        assertThat(tail.getBytes(StandardCharsets.UTF_8)).hasSize(4096);
        assertThat(tail).endsWith("\t\n").contains("REPORT RequestId:").doesNotContain("START RequestId:");
    }

    @Test
    void handlerCanInvokeAnotherFunctionThroughTheSameServer() throws Exception {
        lambda.register(FunctionDefinition.builder("outer").timeout(30).handler(NestedInvokeHandler.class.getName())
                .build());
        lambda.register(FunctionDefinition.builder("inner").handler(EnvEchoHandler.class.getName()).build());

        JsonNode body = json(invoke("outer", null, "\"inner\""));

        assertThat(body.get("functionName").asText()).isEqualTo("inner");
        assertThat(body.at("/input/x").asInt()).isEqualTo(1);
    }

    @Test
    void environmentsAreReusedAndRecycledAfterAnUpdate() {
        lambda.register(FunctionDefinition.builder("e").handler(EnvEchoHandler.class.getName()).build());

        invoke("e", null, "{}");
        invoke("e", null, "{}");
        client.updateFunctionConfiguration(r -> r.functionName("e").memorySize(256));
        String afterUpdate = log(invoke("e", null, "{}"));

        assertThat(lambda.stats("e").environmentsCreated()).isEqualTo(2);
        assertThat(lambda.stats("e").coldStarts()).isEqualTo(2);
        assertThat(lambda.stats("e").invocations()).isEqualTo(3);
        assertThat(afterUpdate).contains("\tInit Duration: ");
    }

    @Test
    void snapStartVersionsReportRestoreInsteadOfInitDuration() throws Exception {
        lambda.register(FunctionDefinition.builder("s").memorySize(1769).snapStart(true).restore(474.164, 75)
                .profile(new WorkloadProfile(10, 1, 0, 300, 0, 0, 0, null, 1)).build());
        client.publishVersion(r -> r.functionName("s"));

        String version = log(invoke("s", "1", "{}"));
        String latest = log(invoke("s", null, "{}"));

        assertThat(version).contains("\tDuration: 10.00 ms\tBilled Duration: 10 ms\tMemory Size: 1769 MB\t"
                + "Max Memory Used: 64 MB\tRestore Duration: 474.16 ms\tBilled Restore Duration: 75 ms\t\n")
                .doesNotContain("Init Duration");
        assertThat(latest).contains("\tInit Duration: 300.00 ms").doesNotContain("Restore");
        assertThat(client.getFunctionConfiguration(r -> r.functionName("s").qualifier("1")).snapStart()
                .optimizationStatusAsString()).isEqualTo("On");
        assertThat(client.getFunctionConfiguration(r -> r.functionName("s")).snapStart().applyOnAsString())
                .isEqualTo("PublishedVersions");
    }

    @Test
    void eventInvocationsAreAcceptedAndDryRunsRunNothing() throws Exception {
        CountDownLatch ran = new CountDownLatch(1);
        lambda.register(FunctionDefinition.builder("p").handlerFactory(env -> (RequestStreamHandler) (in, out, c) ->
                ran.countDown()).build());

        InvokeResponse dry = client.invoke(r -> r.functionName("p").invocationType(InvocationType.DRY_RUN));
        InvokeResponse event = client.invoke(r -> r.functionName("p").invocationType(InvocationType.EVENT));

        assertThat(dry.statusCode()).isEqualTo(204);
        assertThat(event.statusCode()).isEqualTo(202);
        assertThat(ran.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(lambda.stats("p").invocations()).isEqualTo(1);
    }

    @Test
    void switchingLogFormatToJsonChangesTheTail() {
        lambda.register(FunctionDefinition.builder("p").profile(WorkloadProfile.of(1, 0)).build());
        client.updateFunctionConfiguration(r -> r.functionName("p").loggingConfig(l -> l.logFormat("JSON")));

        assertThat(log(invoke("p", null, "{}"))).contains("\"type\":\"platform.report\"")
                .doesNotContain("REPORT RequestId:");
    }

    @Test
    void payloadThatIsNotJsonIsInvalidRequestContent() {
        lambda.register(FunctionDefinition.builder("p").build());

        assertThatThrownBy(() -> invoke("p", null, "not json {")).isInstanceOf(InvalidRequestContentException.class)
                .hasMessageContaining("Could not parse request body into json");
    }

    /** Logs 10 KB. */
    static final class ChattyHandler implements RequestStreamHandler {
        @Override
        public void handleRequest(java.io.InputStream in, java.io.OutputStream out,
                                  com.amazonaws.services.lambda.runtime.Context context) {
            for (int i = 0; i < 100; i++) {
                context.getLogger().log("line " + i + " " + "y".repeat(100) + "\n");
            }
        }
    }

    /** Answers a JSON string of exactly as many bytes as the number it is sent. */
    static final class SizedResponseHandler implements RequestStreamHandler {
        @Override
        public void handleRequest(java.io.InputStream in, java.io.OutputStream out,
                                  com.amazonaws.services.lambda.runtime.Context context) throws java.io.IOException {
            int size = Integer.parseInt(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim());
            out.write(("\"" + "z".repeat(size - 2) + "\"").getBytes(StandardCharsets.UTF_8));
        }
    }
}
