package dev.powertuner.functions;

import static dev.powertuner.functions.Fixtures.assertJsonEquals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.FakeLambda;
import dev.powertuner.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class InitializerHandlerTest {

    private final FakeLambda lambda = new FakeLambda().withFunction("demo", 1024, "what the user wrote");
    private final InitializerHandler handler = new InitializerHandler(Fixtures.CONFIG, lambda);

    private JsonNode run(String fixture, TestContext context) {
        JsonNode cases = Fixtures.load("initializer", fixture);
        JsonNode out = Fixtures.invoke(handler, cases.get("event"), context);
        assertJsonEquals(out, cases.get("expected"));
        return out;
    }

    @Test
    void stateMachineEventUsesTheExecutionNameAsRunId() {
        JsonNode out = run("wrapped", new TestContext("req-ignored"));

        assertThat(out.get("runId").asText()).isEqualTo("exec-1");
    }

    @Test
    void bareExecutionInputUsesTheRequestIdAsRunId() {
        JsonNode out = run("bare", new TestContext("req-bare"));

        assertThat(out.get("runId").asText()).isEqualTo("req-bare");
    }

    @Test
    void absentPowerValuesTakeTheDeploymentDefaultsAndPartialArnsResolve() {
        run("default-power-values", new TestContext("req-1"));
    }

    @Test
    void outputKeepsTheDesignFieldOrder() {
        JsonNode out = run("wrapped", new TestContext("req-1"));

        assertThat(Fixtures.fieldNames(out)).containsExactly("lambdaARN", "powerValues", "num", "onlyColdStarts",
                "runId", "originalMemorySize", "originalDescription", "iterator", "failedPowerValues");
    }

    @Test
    void readsOnlyTheOriginalConfigurationAndCreatesNothing() {
        run("wrapped", new TestContext("req-1"));

        assertThat(lambda.log()).allMatch(c -> c.startsWith("GetFunctionConfiguration"));
        assertThat(lambda.versions("demo")).isEmpty();
    }

    @Test
    void logsOneSummaryLine() {
        TestContext context = new TestContext("req-1");

        run("wrapped", context);

        assertThat(context.lines()).hasSize(1);
        assertThat(context.lines().get(0)).contains("exec-1").contains("3 configurations");
    }

    @Test
    void missingLambdaArnFailsWithTheReferenceMessage() {
        JsonNode event = JsonStreamHandler.MAPPER.createObjectNode().put("num", 10);

        assertThatThrownBy(() -> Fixtures.invoke(handler, event, new TestContext("req-1")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Missing or empty lambdaARN");
    }
}
