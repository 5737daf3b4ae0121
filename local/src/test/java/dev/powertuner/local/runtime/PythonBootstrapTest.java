package dev.powertuner.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.local.runtime.BootstrapProcess.Language;
import dev.powertuner.local.runtime.RuntimeApiFake.Posted;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** bootstrap.py against the Runtime API fake: results, packages, errors, context and logs. */
class PythonBootstrapTest extends HandlerContractTestBase {
    private static final String ISO_TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

    @Override
    String basicsModule() {
        return "app";
    }

    PythonBootstrapTest() {
        super(Language.PYTHON);
    }

    @Test
    void aHandlerInAPackageIsNamedWithDots() throws Exception {
        start("basics", "pkg.sub.mod.add");

        assertThat(respond("{\"a\":2,\"b\":3}").asInt()).isEqualTo(5);
    }

    @Test
    void aHandlerInAPackageMayBeNamedAsAPath() throws Exception {
        start("basics", "pkg/sub/mod.add");

        assertThat(respond("{\"a\":2,\"b\":3}").asInt()).isEqualTo(5);
    }

    @Test
    void aRaisedExceptionIsPostedAsAnErrorDocumentAndTheEnvironmentStaysWarm() throws Exception {
        start("errors", "app.handler");

        Posted posted = api.invoke("{\"message\":\"kaput\"}");
        Posted next = api.invoke("{}");

        // then
        assertThat(posted.kind()).isEqualTo("error");
        assertThat(posted.errorType()).isEqualTo("ValueError");
        JsonNode document = MAPPER.readTree(posted.body());
        assertThat(document.get("errorType").asText()).isEqualTo("ValueError");
        assertThat(document.get("errorMessage").asText()).isEqualTo("kaput");
        assertThat(document.get("stackTrace")).hasSize(1);
        assertThat(document.get("stackTrace").get(0).asText())
                .matches("(?s)  File \".*/errors/app\\.py\", line \\d+, in handler\n    raise ValueError.*\n");
        assertThat(MAPPER.readTree(next.body()).get("errorMessage").asText()).isEqualTo("boom");
    }

    @Test
    void theErrorTypeIsTheExceptionsClassName() throws Exception {
        start("errors", "app.validation");

        Posted posted = api.invoke("{}");

        assertThat(posted.errorType()).isEqualTo("ValidationError");
        assertThat(MAPPER.readTree(posted.body()).get("errorMessage").asText()).isEqualTo("amount must be positive");
    }

    @Test
    void theContextCarriesTheFunctionAndTheInvocation() throws Exception {
        start("basics", "app.context_fields");
        String id = api.enqueue("{}", Map.of(
                "Lambda-Runtime-Deadline-Ms", Long.toString(System.currentTimeMillis() + 30_000),
                "Lambda-Runtime-Client-Context", "{\"custom\":{\"tenant\":\"acme\"}}",
                "Lambda-Runtime-Cognito-Identity", "{\"cognitoIdentityId\":\"eu-west-1:abc\",\"cognitoIdentityPoolId\":\"pool\"}"));

        JsonNode context = response(api.await(id));

        // then
        assertThat(context.get("function_name").asText()).isEqualTo(BootstrapProcess.FUNCTION_NAME);
        assertThat(context.get("function_version").asText()).isEqualTo("$LATEST");
        assertThat(context.get("invoked_function_arn").asText()).isEqualTo(RuntimeApiFake.FUNCTION_ARN);
        assertThat(context.get("memory_limit_in_mb").isInt()).isTrue();
        assertThat(context.get("memory_limit_in_mb").asInt()).isEqualTo(Integer.parseInt(BootstrapProcess.MEMORY_SIZE));
        assertThat(context.get("aws_request_id").asText()).isEqualTo(id);
        assertThat(context.get("log_group_name").asText()).isEqualTo(BootstrapProcess.LOG_GROUP);
        assertThat(context.get("log_stream_name").asText()).isEqualTo(BootstrapProcess.LOG_STREAM);
        assertThat(context.get("remaining_time_in_millis").asLong()).isBetween(1L, 30_000L);
        assertThat(context.get("client_context_custom").get("tenant").asText()).isEqualTo("acme");
        assertThat(context.get("cognito_identity_id").asText()).isEqualTo("eu-west-1:abc");
        assertThat(context.get("cognito_identity_pool_id").asText()).isEqualTo("pool");
        assertThat(context.get("trace_id").asText()).startsWith("Root=1-5759e988");
    }

    @Test
    void textLogLinesCarryTheLevelTimestampAndRequestIdWhilePrintIsVerbatim() throws Exception {
        start("basics", "app.logs");

        String id = api.enqueue("{\"name\":\"world\"}");
        api.await(id);
        api.invoke("{\"name\":\"again\"}");

        // then: everything the first invocation printed is read once the second one's line is
        bootstrap.awaitStdoutLine(line -> line.endsWith("hello again"));
        assertThat(bootstrap.awaitStdoutLine(line -> line.endsWith("hello world")))
                .matches("\\[INFO]\t" + ISO_TIMESTAMP + "\t" + id + "\thello world");
        assertThat(bootstrap.awaitStdoutLine(line -> line.endsWith("careful"))).matches("\\[WARNING]\t.*\t" + id + "\tcareful");
        assertThat(bootstrap.awaitStdoutLine(line -> line.contains("plain print"))).isEqualTo("plain print");
        assertThat(bootstrap.stdout()).noneMatch(line -> line.contains("details"));
    }

    @Test
    void jsonLogLinesCarryTheRequestId() throws Exception {
        start("basics", "app.logs", Map.of("AWS_LAMBDA_LOG_FORMAT", "JSON"));

        String id = api.enqueue("{\"name\":\"world\"}");
        api.await(id);

        // then
        JsonNode info = MAPPER.readTree(bootstrap.awaitStdoutLine(line -> line.contains("hello world")));
        assertThat(info.get("level").asText()).isEqualTo("INFO");
        assertThat(info.get("requestId").asText()).isEqualTo(id);
        assertThat(info.get("message").asText()).isEqualTo("hello world");
        assertThat(info.get("logger").asText()).isEqualTo("root");
        assertThat(info.get("timestamp").asText()).matches(ISO_TIMESTAMP);
    }

    @Test
    void anInvocationErrorIsLoggedAsOneRecord() throws Exception {
        start("errors", "app.handler");

        api.invoke("{\"message\":\"kaput\"}");

        assertThat(bootstrap.awaitStdoutLine(line -> line.startsWith("[ERROR]")))
                .startsWith("[ERROR] ValueError: kaput\rTraceback (most recent call last):\r  File \"");
    }
}
