package dev.powertuner.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.powertuner.core.FakeLambda;
import dev.powertuner.core.port.PayloadSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every handler that calls Lambda asks for the port of its run on each invocation, with the run's input and id. */
class RunLambdaTest {

    private static final String ROLE = "arn:aws:iam::222222222222:role/powertuner-target";

    private final FakeLambda lambda = new FakeLambda().withFunction("demo", 1024, "what the user wrote");
    private final List<String> asked = new ArrayList<>();
    private final RunLambda recording = (input, runId) -> {
        asked.add(input.path("roleARN").asText() + " " + runId);
        return lambda;
    };

    private static ObjectNode withRole(JsonNode state) {
        return ((ObjectNode) state.deepCopy()).put("roleARN", ROLE);
    }

    @Test
    void initializerAsksWithTheExecutionInputAndTheExecutionName() {
        ObjectNode event = Fixtures.load("initializer", "wrapped").get("event").deepCopy();
        event.set("input", withRole(event.get("input")));

        Fixtures.invoke(new InitializerHandler(Fixtures.CONFIG, recording), event, new TestContext("req-i"));

        assertThat(asked).containsExactly(ROLE + " exec-1");
    }

    @Test
    void publisherExecutorCleanerAndOptimizerAskWithTheWholeStateAndTheRecordedRunIdOnEveryInvocation() {
        // given the state of run exec-1 with a roleARN
        ObjectNode state = withRole(Fixtures.load("publisher", "all-in-one-batch").get("event"));
        PayloadSource noS3 = (bucket, key) -> {
            throw new PayloadSource.FetchException(404, "no S3 in this test", null);
        };

        // when it goes through the handlers that call Lambda, the publisher twice
        Fixtures.invoke(new PublisherHandler(Fixtures.CONFIG, recording), state, new TestContext("req-p"));
        state.set("lambdaConfigurations",
                Fixtures.invoke(new PublisherHandler(Fixtures.CONFIG, recording), state, new TestContext("req-p2")));
        ObjectNode executorEvent = JsonStreamHandler.MAPPER.createObjectNode().put("value", 128);
        executorEvent.set("input", state);
        Fixtures.invoke(new ExecutorHandler(Fixtures.CONFIG, recording, noS3, ms -> { }), executorEvent,
                new TestContext("req-e"));
        Fixtures.invoke(new CleanerHandler(Fixtures.CONFIG, recording), state, new TestContext("req-c"));
        state.set("analysis", Fixtures.load("optimizer", "auto-optimize").get("event").get("analysis"));
        Fixtures.invoke(new OptimizerHandler(Fixtures.CONFIG, recording), state, new TestContext("req-o"));

        // then each invocation asked once, with the role and the run id, never the request id
        assertThat(asked).hasSize(5).containsOnly(ROLE + " exec-1");
    }

    @Test
    void withoutARecordedRunIdTheRequestIdNamesTheRun() throws Exception {
        JsonNode state = JsonStreamHandler.MAPPER.readTree("{\"lambdaARN\":\"demo\",\"lambdaConfigurations\":{}}");

        assertThat(RunLambda.runIdOf(state, new TestContext("req-9"))).isEqualTo("req-9");
    }
}
