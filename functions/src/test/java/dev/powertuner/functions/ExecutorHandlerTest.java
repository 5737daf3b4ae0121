package dev.powertuner.functions;

import static dev.powertuner.functions.Fixtures.assertJsonEquals;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.powertuner.core.FakeLambda;
import dev.powertuner.core.port.InvocationResult;
import dev.powertuner.core.port.PayloadSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class ExecutorHandlerTest {

    /** p128 = 1.6e-5 / 8000 = 2e-9 USD per ms: round numbers in the fixtures. */
    private static final HandlerConfig CONFIG = HandlerConfig.from(Map.of("AWS_REGION", "us-east-1",
            "priceOverrides", "{\"lambda\":{\"default\":{\"x86_64\":{\"gbSecond\":1.6e-5}}}}"));

    private final Set<String> invokedAliases = ConcurrentHashMap.newKeySet();
    private final FakeLambda lambda = new FakeLambda().withFunction("demo", 1024, "what the user wrote")
            .withBehaviour("demo", this::coldFirst);
    private final List<Long> sleeps = new ArrayList<>();
    private final PayloadSource noS3 = (bucket, key) -> {
        throw new PayloadSource.FetchException(404, "no S3 in this test", null);
    };

    /** The shared fake's default answer; the first invocation of each alias is a cold start (Init Duration 100.5 ms). */
    private InvocationResult coldFirst(String alias, int memory, String payload, int index) {
        return FakeLambda.defaultResult(memory, invokedAliases.add(alias) ? 100.5 : 0);
    }

    private void publish(int memory) {
        lambda.updateConfiguration("demo", memory, "what the user wrote [powertuner exec-1 RAM" + memory + "]");
        lambda.createAlias("demo", "RAM" + memory, lambda.publishVersion("demo", null));
        lambda.updateConfiguration("demo", 1024, "what the user wrote");
    }

    private ExecutorHandler handler() {
        return new ExecutorHandler(CONFIG, lambda, noS3, sleeps::add);
    }

    @Test
    void seriesRunProducesTheReferenceAndExtendedStatistics() {
        publish(128);
        JsonNode cases = Fixtures.load("executor", "series");

        JsonNode out = Fixtures.invoke(handler(), cases.get("event"), new TestContext("req-e"));

        assertJsonEquals(out, cases.get("expected"));
        assertThat(Fixtures.fieldNames(out).subList(0, 4))
                .containsExactly("value", "averagePrice", "averageDuration", "totalCost");
        assertThat(lambda.log()).filteredOn(c -> c.startsWith("Invoke")).hasSize(5)
                .allMatch(c -> c.equals("Invoke:RAM128"));
    }

    @Test
    void failingInvocationsMarkTheValueFailedInsteadOfThrowing() {
        publish(256);
        lambda.withBehaviour("demo", (alias, memory, payload, index) -> memory != 256
                ? coldFirst(alias, memory, payload, index)
                : new InvocationResult("Unhandled", "{\"errorType\":\"Runtime.OutOfMemory\",\"errorMessage\":\"failed at 256\"}",
                        FakeLambda.defaultResult(memory).logResult()));
        ObjectNode event = Fixtures.load("executor", "series").get("event").deepCopy();
        event.put("value", 256);

        JsonNode out = Fixtures.invoke(handler(), event, new TestContext("req-e"));

        assertThat(out.get("failed").asBoolean()).isTrue();
        assertThat(out.get("errorType").asText()).isEqualTo("Runtime.OutOfMemory");
        assertThat(out.get("invocations").asInt()).isEqualTo(1);
        assertThat(out.get("errors").asInt()).isEqualTo(1);
        assertThat(out.has("averageDuration")).isFalse();
    }

    @Test
    void valueRejectedByThePublisherReturnsItsFailureWithoutInvoking() {
        JsonNode cases = Fixtures.load("executor", "rejected-value");

        JsonNode out = Fixtures.invoke(handler(), cases.get("event"), new TestContext("req-e"));

        assertThat(out.get("failed").asBoolean()).isTrue();
        assertThat(out.get("errorType").asText()).isEqualTo("InvalidParameterValueException");
        assertThat(out.get("errorMessage").asText()).isEqualTo("too big");
        assertThat(lambda.log()).noneMatch(c -> c.startsWith("Invoke"));
    }

    @Test
    void sleepsBetweenSeriesRunsThroughTheSleeperPort() {
        publish(128);
        ObjectNode event = Fixtures.load("executor", "series").get("event").deepCopy();
        ((ObjectNode) event.get("input")).put("sleepBetweenRunsMs", 50);

        Fixtures.invoke(handler(), event, new TestContext("req-e"));

        assertThat(sleeps).hasSize(5).containsOnly(50L);
    }

    @Test
    void logsOneSummaryLine() {
        publish(128);
        TestContext context = new TestContext("req-e");

        Fixtures.invoke(handler(), Fixtures.load("executor", "series").get("event"), context);

        assertThat(context.lines()).singleElement().asString().contains("128 MB").contains("5 invocations");
    }
}
