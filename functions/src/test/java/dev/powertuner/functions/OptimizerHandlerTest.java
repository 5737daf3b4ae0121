package dev.powertuner.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.powertuner.core.FakeLambda;
import org.junit.jupiter.api.Test;

class OptimizerHandlerTest {

    private final FakeLambda lambda = new FakeLambda().withFunction("demo", 1024, "what the user wrote");

    private ObjectNode state(String fixture) {
        return Fixtures.load("optimizer", fixture).get("event").deepCopy();
    }

    @Test
    void withoutAutoOptimizeNothingChanges() {
        ObjectNode state = state("auto-optimize");
        state.put("autoOptimize", false);

        Fixtures.invoke(new OptimizerHandler(Fixtures.CONFIG, lambda), state, new TestContext("req-o"));

        assertThat(lambda.log()).noneMatch(c -> c.startsWith("UpdateFunctionConfiguration"));
        assertThat(lambda.memory("demo")).isEqualTo(1024);
    }

    @Test
    void autoOptimizeSetsLatestToTheOptimum() {
        TestContext context = new TestContext("req-o");

        JsonNode out = Fixtures.invoke(new OptimizerHandler(Fixtures.CONFIG, lambda), state("auto-optimize"),
                context);

        assertThat(lambda.memory("demo")).isEqualTo(256);
        assertThat(lambda.description("demo")).isEqualTo("what the user wrote");
        assertThat(out.get("applied").asBoolean()).isTrue();
        assertThat(context.lines()).hasSize(1);
    }

    @Test
    void autoOptimizeAliasPublishesAVersionWithTheOriginalDescription() {
        ObjectNode state = state("auto-optimize");
        state.put("autoOptimizeAlias", "prod");

        Fixtures.invoke(new OptimizerHandler(Fixtures.CONFIG, lambda), state, new TestContext("req-o"));

        assertThat(lambda.aliases("demo")).containsOnlyKeys("prod");
        assertThat(lambda.listVersions("demo")).singleElement().satisfies(v -> {
            assertThat(v.memorySize()).isEqualTo(256);
            assertThat(v.description()).isEqualTo("what the user wrote");
        });
    }

    @Test
    void dryRunDoesNothing() {
        ObjectNode state = state("auto-optimize");
        state.put("dryRun", true);

        Fixtures.invoke(new OptimizerHandler(Fixtures.CONFIG, lambda), state, new TestContext("req-o"));

        assertThat(lambda.log()).isEmpty();
    }
}
