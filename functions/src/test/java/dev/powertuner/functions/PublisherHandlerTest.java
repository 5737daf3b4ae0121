package dev.powertuner.functions;

import static dev.powertuner.functions.Fixtures.assertJsonEquals;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.FakeLambda;
import org.junit.jupiter.api.Test;

class PublisherHandlerTest {

    private final FakeLambda lambda = new FakeLambda().withFunction("demo", 1024, "what the user wrote");

    private JsonNode run(String fixture, TestContext context) {
        JsonNode cases = Fixtures.load("publisher", fixture);
        JsonNode out = Fixtures.invoke(new PublisherHandler(Fixtures.CONFIG, lambda), cases.get("event"), context);
        assertJsonEquals(out, cases.get("expected"));
        return out;
    }

    @Test
    void publishesEveryConfigurationInOneBatchAndStops() {
        run("all-in-one-batch", new TestContext("req-1"));

        assertThat(lambda.aliases("demo")).containsOnlyKeys("RAM128", "RAM256", "RAM512");
        assertThat(lambda.versions("demo")).hasSize(3);
    }

    @Test
    void restoresLatestAfterTheLastConfiguration() {
        run("all-in-one-batch", new TestContext("req-1"));

        assertThat(lambda.memory("demo")).isEqualTo(1024);
        assertThat(lambda.description("demo")).isEqualTo("what the user wrote");
    }

    @Test
    void versionDescriptionsCarryTheRunMarker() {
        run("all-in-one-batch", new TestContext("req-1"));

        assertThat(lambda.listVersions("demo")).allSatisfy(v ->
                assertThat(v.description()).startsWith("what the user wrote [powertuner exec-1 RAM"));
    }

    @Test
    void rejectedMemorySizeBecomesAFailedPowerValueWithoutVersion() {
        lambda.withMemoryCap(3008);

        run("rejected-memory", new TestContext("req-1"));

        assertThat(lambda.aliases("demo")).containsOnlyKeys("RAM128");
    }

    @Test
    void logsOneSummaryLine() {
        TestContext context = new TestContext("req-1");

        run("all-in-one-batch", context);

        assertThat(context.lines()).singleElement().asString().contains("0..3 of 3").contains("continue false");
    }
}
