package dev.powertuner.functions;

import static dev.powertuner.functions.Fixtures.assertJsonEquals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.powertuner.core.error.AllPowerValuesFailedException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AnalyzerHandlerTest {

    private final AnalyzerHandler handler = new AnalyzerHandler(Fixtures.CONFIG);

    @Test
    void costStrategySkipsTheFailedValueAndListsIt() {
        JsonNode cases = Fixtures.load("analyzer", "cost-with-failed-value");

        JsonNode out = Fixtures.invoke(handler, cases.get("event"), new TestContext("req-a"));

        assertJsonEquals(out, cases.get("expected"));
        assertThat(Fixtures.fieldNames(out).subList(0, 4)).containsExactly("power", "cost", "duration", "stateMachine");
    }

    @Test
    void anAdaptiveRunStillSamplingGetsTheNextRoundInsteadOfAnAnalysis() {
        ObjectNode event = Fixtures.load("analyzer", "cost-with-failed-value").get("event").deepCopy();
        ((ObjectNode) event.get("lambdaConfigurations")).putObject("adaptive").put("confidence", 0.9)
                .put("minInvocations", 4);
        TestContext context = new TestContext("req-a");

        JsonNode out = Fixtures.invoke(handler, event, context);

        assertThat(out.has("power")).isFalse();
        assertThat(out.path("contenders")).extracting(JsonNode::intValue).containsExactly(128, 256, 512);
        assertThat(out.path("target").intValue()).isEqualTo(4);
        assertThat(out.path("level").doubleValue()).isEqualTo(0.9);
        assertThat(context.lines()).singleElement().asString().contains("adaptive round 0 decided, 3 sizes left");
    }

    @Test
    void dryRunWritesJsonNull() throws IOException {
        JsonNode event = Fixtures.load("analyzer", "dry-run").get("event");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        handler.handleRequest(new ByteArrayInputStream(JsonStreamHandler.MAPPER.writeValueAsBytes(event)), out,
                new TestContext("req-a"));

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("null");
    }

    @Test
    void allValuesFailedThrowsTheContractException() {
        ObjectNode event = Fixtures.load("analyzer", "cost-with-failed-value").get("event").deepCopy();
        ArrayNode stats = event.putArray("stats");
        stats.addObject().put("value", 128).put("failed", true).put("errorType", "Runtime.OutOfMemory")
                .put("errorMessage", "oom").put("invocations", 1).put("errors", 1).put("totalCost", 1e-7);

        assertThatThrownBy(() -> Fixtures.invoke(handler, event, new TestContext("req-a")))
                .isInstanceOf(AllPowerValuesFailedException.class)
                .hasMessageContaining("Runtime.OutOfMemory");
    }

    @Test
    void logsTheOptimum() {
        TestContext context = new TestContext("req-a");

        Fixtures.invoke(handler, Fixtures.load("analyzer", "cost-with-failed-value").get("event"), context);

        assertThat(context.lines()).singleElement().asString().contains("optimum 256 MB");
    }
}
