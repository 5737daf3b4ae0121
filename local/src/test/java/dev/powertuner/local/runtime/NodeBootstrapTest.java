package dev.powertuner.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.local.runtime.BootstrapProcess.Language;
import dev.powertuner.local.runtime.RuntimeApiFake.Posted;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** bootstrap.mjs against the Runtime API fake: handler styles, module kinds, errors, context and logs. */
class NodeBootstrapTest extends HandlerContractTestBase {
    private static final String ISO_TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

    @Override
    String basicsModule() {
        return "index";
    }

    NodeBootstrapTest() {
        super(Language.NODE);
    }

    @Test
    void aCallbackHandlerInACommonJsFileAnswersWithTheCallbacksResult() throws Exception {
        start("basics", "callback.handler");

        assertThat(respond("{\"name\":\"world\"}").get("greeting").asText()).isEqualTo("hello world");
    }

    @Test
    void aCallbackResultIsSentWhenTheEventLoopIsEmptyByDefault() throws Exception {
        start("basics", "callback.waitsForTimers");

        assertThat(respond("{}").get("timerFired").asBoolean()).isTrue();
    }

    @Test
    void aCallbackResultIsSentAtOnceWhenTheContextSaysNotToWait() throws Exception {
        start("basics", "callback.doesNotWait");

        assertThat(respond("{}").get("timerFired").asBoolean()).isFalse();
    }

    @Test
    void aHandlerThatNeverAnswersGetsNullOnceTheEventLoopIsEmpty() throws Exception {
        start("basics", "callback.neverAnswers");

        assertThat(api.invoke("{}").body()).isEqualTo("null");
    }

    @Test
    void anErrorPassedToTheCallbackIsAnInvocationError() throws Exception {
        start("basics", "callback.fails");

        Posted posted = api.invoke("{}");

        assertThat(posted.kind()).isEqualTo("error");
        assertThat(posted.errorType()).isEqualTo("TypeError");
        assertThat(MAPPER.readTree(posted.body()).get("errorMessage").asText()).isEqualTo("callback failure");
    }

    @Test
    void aCjsModuleExportingAnAsyncHandlerIsLoaded() throws Exception {
        start("basics", "common.handler");

        assertThat(respond("{\"k\":\"v\"}")).isEqualTo(MAPPER.readTree("{\"module\":\"commonjs\",\"event\":{\"k\":\"v\"}}"));
    }

    @Test
    void aJsFileUnderAPackageOfTypeModuleIsAnEsModule() throws Exception {
        start("esm-package", "index.handler");

        assertThat(respond("{}")).isEqualTo(MAPPER.readTree("{\"module\":\"esm\",\"file\":\"index.js\"}"));
    }

    @Test
    void aHandlerInASubdirectoryWithANestedFunctionNameIsResolved() throws Exception {
        start("basics", "lib/handlers/math.ops.add");

        assertThat(respond("{\"a\":2,\"b\":3}").asInt()).isEqualTo(5);
    }

    @Test
    void aThrownErrorIsPostedAsAnErrorDocumentAndTheEnvironmentStaysWarm() throws Exception {
        start("errors", "index.handler");

        Posted posted = api.invoke("{\"message\":\"kaput\"}");
        Posted next = api.invoke("{}");

        // then
        assertThat(posted.kind()).isEqualTo("error");
        assertThat(posted.errorType()).isEqualTo("Error");
        JsonNode document = MAPPER.readTree(posted.body());
        assertThat(document.get("errorType").asText()).isEqualTo("Error");
        assertThat(document.get("errorMessage").asText()).isEqualTo("kaput");
        assertThat(document.get("stackTrace").get(0).asText()).isEqualTo("Error: kaput");
        assertThat(document.get("stackTrace").get(1).asText()).contains("errors/index.mjs");
        assertThat(MAPPER.readTree(next.body()).get("errorMessage").asText()).isEqualTo("boom");
    }

    @Test
    void theErrorTypeIsTheErrorsName() throws Exception {
        start("errors", "index.validation");

        Posted posted = api.invoke("{}");

        assertThat(posted.errorType()).isEqualTo("ValidationError");
        assertThat(MAPPER.readTree(posted.body()).get("errorMessage").asText()).isEqualTo("amount must be positive");
    }

    @Test
    void anAsyncHandlerWhosePromiseNeverSettlesFailsWithNodeJsExitOnceTheEventLoopIsEmpty() throws Exception {
        start("errors", "index.neverSettles");

        Posted posted = api.invoke("{}");

        assertThat(posted.errorType()).isEqualTo("Runtime.NodeJsExit");
        assertThat(MAPPER.readTree(posted.body()).get("errorMessage").asText())
                .startsWith("The Lambda runtime client detected an unexpected Node.js exit code.");
        assertThat(bootstrap.isAlive()).isTrue();
    }

    @Test
    void anExceptionOutsideTheHandlersChainFailsTheInvocationAndEndsTheProcess() throws Exception {
        start("errors", "index.uncaught");

        Posted posted = api.invoke("{}");

        assertThat(posted.kind()).isEqualTo("error");
        assertThat(MAPPER.readTree(posted.body()).get("errorMessage").asText()).isEqualTo("escaped the handler");
        assertThat(bootstrap.awaitExit()).isEqualTo(129);
    }

    @Test
    void theContextCarriesTheFunctionAndTheInvocation() throws Exception {
        start("basics", "index.context");
        String id = api.enqueue("{}", Map.of(
                "Lambda-Runtime-Deadline-Ms", Long.toString(System.currentTimeMillis() + 30_000),
                "Lambda-Runtime-Client-Context", "{\"custom\":{\"tenant\":\"acme\"}}",
                "Lambda-Runtime-Cognito-Identity", "{\"cognitoIdentityId\":\"eu-west-1:abc\"}"));

        JsonNode context = response(api.await(id));

        // then
        assertThat(context.get("functionName").asText()).isEqualTo(BootstrapProcess.FUNCTION_NAME);
        assertThat(context.get("functionVersion").asText()).isEqualTo("$LATEST");
        assertThat(context.get("invokedFunctionArn").asText()).isEqualTo(RuntimeApiFake.FUNCTION_ARN);
        assertThat(context.get("memoryLimitInMB").isTextual()).isTrue();
        assertThat(context.get("memoryLimitInMB").asText()).isEqualTo(BootstrapProcess.MEMORY_SIZE);
        assertThat(context.get("awsRequestId").asText()).isEqualTo(id);
        assertThat(context.get("logGroupName").asText()).isEqualTo(BootstrapProcess.LOG_GROUP);
        assertThat(context.get("logStreamName").asText()).isEqualTo(BootstrapProcess.LOG_STREAM);
        assertThat(context.get("remainingTimeInMillis").asLong()).isBetween(1L, 30_000L);
        assertThat(context.get("clientContext").get("custom").get("tenant").asText()).isEqualTo("acme");
        assertThat(context.get("identity").get("cognitoIdentityId").asText()).isEqualTo("eu-west-1:abc");
        assertThat(context.get("callbackWaitsForEmptyEventLoop").asBoolean()).isTrue();
        assertThat(context.get("traceId").asText()).startsWith("Root=1-5759e988");
    }

    @Test
    void textLogLinesCarryTheTimestampRequestIdAndLevel() throws Exception {
        start("basics", "index.logs");

        String id = api.enqueue("{\"name\":\"world\"}");
        api.await(id);

        // then
        assertThat(bootstrap.awaitStdoutLine(line -> line.endsWith("hello world")))
                .matches(ISO_TIMESTAMP + "\t" + id + "\tINFO\thello world");
        assertThat(bootstrap.awaitStdoutLine(line -> line.endsWith("careful"))).endsWith("\t" + id + "\tWARN\tcareful");
        assertThat(bootstrap.awaitStdoutLine(line -> line.contains("failed:")))
                .contains("\t" + id + "\tERROR\tfailed: Error: oops\r    at ").doesNotContain("\n");
        assertThat(bootstrap.awaitStdoutLine(line -> line.endsWith("details"))).endsWith("\t" + id + "\tDEBUG\tdetails");
    }

    @Test
    void jsonLogLinesCarryTheRequestIdAndLeaveOutDebugByDefault() throws Exception {
        start("basics", "index.logs", Map.of("AWS_LAMBDA_LOG_FORMAT", "JSON"));

        String id = api.enqueue("{\"name\":\"world\"}");
        api.await(id);
        String later = api.enqueue("{\"name\":\"again\"}");
        api.await(later);

        // then: everything the first invocation printed is read once the second one's line is
        bootstrap.awaitStdoutLine(line -> line.contains("hello again"));
        JsonNode info = MAPPER.readTree(bootstrap.awaitStdoutLine(line -> line.contains("hello world")));
        assertThat(info.get("level").asText()).isEqualTo("INFO");
        assertThat(info.get("requestId").asText()).isEqualTo(id);
        assertThat(info.get("message").asText()).isEqualTo("hello world");
        assertThat(info.get("timestamp").asText()).matches(ISO_TIMESTAMP);
        JsonNode error = MAPPER.readTree(bootstrap.awaitStdoutLine(line -> line.contains("\"ERROR\"")));
        assertThat(error.get("errorType").asText()).isEqualTo("Error");
        assertThat(error.get("errorMessage").asText()).isEqualTo("oops");
        assertThat(bootstrap.stdout()).noneMatch(line -> line.contains("details"));
    }
}
