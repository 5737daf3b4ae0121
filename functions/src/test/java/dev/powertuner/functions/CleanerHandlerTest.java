package dev.powertuner.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.powertuner.core.FakeLambda;
import dev.powertuner.core.port.FunctionConfiguration;
import org.junit.jupiter.api.Test;

class CleanerHandlerTest {

    private final FakeLambda lambda = new FakeLambda().withFunction("demo", 1024, "what the user wrote");

    /** The state after a complete publisher loop over 128, 256, 512 for run exec-1. */
    private ObjectNode publishedState() {
        JsonNode cases = Fixtures.load("publisher", "all-in-one-batch");
        ObjectNode state = cases.get("event").deepCopy();
        state.set("lambdaConfigurations",
                Fixtures.invoke(new PublisherHandler(Fixtures.CONFIG, lambda), state, new TestContext("req-p")));
        return state;
    }

    @Test
    void deletesTheRunsAliasesAndVersions() {
        ObjectNode state = publishedState();

        JsonNode out = Fixtures.invoke(new CleanerHandler(Fixtures.CONFIG, lambda), state, new TestContext("req-c"));

        assertThat(lambda.aliases("demo")).isEmpty();
        assertThat(lambda.versions("demo")).isEmpty();
        assertThat(out.get("deletedAliases")).hasSize(3);
        assertThat(out.get("deletedAliases").get(0).asText()).isEqualTo("RAM128");
    }

    @Test
    void keepsVersionsWithoutThisRunsMarker() {
        lambda.seedVersion("demo", "published by the user");
        ObjectNode state = publishedState();

        Fixtures.invoke(new CleanerHandler(Fixtures.CONFIG, lambda), state, new TestContext("req-c"));

        assertThat(lambda.versions("demo")).extracting(FunctionConfiguration::version).containsExactly("1");
    }

    @Test
    void restoresLatestWhenARunStoppedHalfway() {
        ObjectNode state = publishedState();
        lambda.updateConfiguration("demo", 512, "what the user wrote [powertuner exec-1 RAM512]");

        Fixtures.invoke(new CleanerHandler(Fixtures.CONFIG, lambda), state, new TestContext("req-c"));

        assertThat(lambda.memory("demo")).isEqualTo(1024);
        assertThat(lambda.description("demo")).isEqualTo("what the user wrote");
    }

    @Test
    void runningTwiceIsHarmless() {
        ObjectNode state = publishedState();
        CleanerHandler cleaner = new CleanerHandler(Fixtures.CONFIG, lambda);
        Fixtures.invoke(cleaner, state, new TestContext("req-c1"));

        TestContext context = new TestContext("req-c2");
        Fixtures.invoke(cleaner, state, context);

        assertThat(lambda.aliases("demo")).isEmpty();
        assertThat(context.lines()).singleElement().asString().contains("deleted 0 aliases");
    }
}
