package dev.powertuner.core.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.powertuner.core.FakeLambda;
import dev.powertuner.core.cost.PriceTable;
import dev.powertuner.core.error.AllPowerValuesFailedException;
import dev.powertuner.core.model.Analysis;
import dev.powertuner.core.model.StateJson;
import dev.powertuner.core.port.FunctionConfiguration;
import dev.powertuner.core.port.InvocationResult;
import dev.powertuner.core.viz.VisualizationUrl;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The six steps in the order of the state machine, against one fake function; nothing is left behind. */
class TuningFlowTest {

    private final FakeLambda fake = Runs.fake();
    private final String userVersion = fake.seedVersion(Runs.NAME, "original description", "prod");

    private ObjectNode runToAnalysis(String input) {
        ObjectNode state = Runs.executed(fake, Runs.published(fake, Runs.json(input)), PriceTable.bundled());
        new Cleaner(fake).clean(state);
        Analysis analysis = new Analyzer(PriceTable.bundled(), "us-east-1", VisualizationUrl.DEFAULT_BASE)
                .analyze(state).orElseThrow();
        state.set("analysis", StateJson.toJson(analysis));
        new Optimizer(fake).optimize(state);
        return state;
    }

    private void assertNothingLeftBehind(int memory) {
        assertThat(fake.aliases(Runs.NAME)).containsOnlyKeys("prod");
        assertThat(fake.versions(Runs.NAME)).extracting(FunctionConfiguration::version).containsExactly(userVersion);
        assertThat(fake.memory(Runs.NAME)).isEqualTo(memory);
        assertThat(fake.description(Runs.NAME)).isEqualTo("original description");
    }

    @Test
    void fastestOfTheDefaultsWinsTheSpeedStrategyAndTheFunctionIsUnchanged() {
        JsonNode analysis = runToAnalysis("{'lambdaARN':'fn','num':10,'strategy':'speed'}").path("analysis");

        assertThat(analysis.path("power").asInt()).isEqualTo(3008);
        assertThat(analysis.path("duration").asDouble()).isCloseTo(4.26, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(analysis.path("stateMachine").path("executionCost").asDouble()).isEqualTo(0.00060);
        assertThat(analysis.path("currency").asText()).isEqualTo("USD");
        assertNothingLeftBehind(1024);
    }

    @Test
    void aFailingValueIsReportedAndTheRestStillChooses() {
        fake.withBehaviour(Runs.NAME, (q, m, p, i) -> m == 256
                ? new InvocationResult("Unhandled", "{\"errorType\":\"OutOfMemory\"}", FakeLambda.report(3, 3, 0))
                : FakeLambda.defaultResult(m));

        JsonNode analysis = runToAnalysis("{'lambdaARN':'fn','num':5,'powerValues':[128,256,512]}").path("analysis");

        assertThat(analysis.path("failedPowerValues")).hasSize(1);
        assertThat(analysis.path("failedPowerValues").get(0).path("errorType").asText()).isEqualTo("OutOfMemory");
        assertThat(VisualizationUrl.decode(analysis.path("stateMachine").path("visualization").asText()).series().get(0)
                .powers()).containsExactly(128, 512);
        assertNothingLeftBehind(1024);
    }

    @Test
    void capOnMemoryFailsOnlyTheValuesAboveIt() {
        fake.withMemoryCap(3008);

        JsonNode analysis = runToAnalysis("{'lambdaARN':'fn','num':5,'powerValues':[1024,10240],'onlyColdStarts':true,"
                + "'includeOutputResults':true}").path("analysis");

        assertThat(analysis.path("power").asInt()).isEqualTo(1024);
        assertThat(analysis.path("failedPowerValues").get(0).path("power").asInt()).isEqualTo(10240);
        assertThat(analysis.path("stats").get(1).path("failed").asBoolean()).isTrue();
        assertNothingLeftBehind(1024);
    }

    @Test
    void autoOptimizeLeavesTheOptimumOnLatestAndAnAliasOnANewVersion() {
        JsonNode analysis = runToAnalysis("{'lambdaARN':'fn','num':5,'powerValues':[128,512],'strategy':'speed',"
                + "'autoOptimize':true,'autoOptimizeAlias':'tuned'}").path("analysis");

        assertThat(fake.memory(Runs.NAME)).isEqualTo(analysis.path("power").asInt()).isEqualTo(512);
        assertThat(fake.aliases(Runs.NAME)).containsOnlyKeys("prod", "tuned");
        assertThat(fake.description(Runs.NAME)).isEqualTo("original description");
    }

    @Test
    void everyValueFailingEndsWithAllPowerValuesFailedAfterCleanup() {
        fake.withBehaviour(Runs.NAME, (q, m, p, i) -> new InvocationResult("Unhandled", "{}", null));
        ObjectNode state = Runs.executed(fake, Runs.published(fake,
                Runs.json("{'lambdaARN':'fn','num':5,'powerValues':[128,256],'parallelInvocation':true}")),
                PriceTable.bundled());
        new Cleaner(fake).clean(state);

        assertThatThrownBy(() -> new Analyzer(PriceTable.bundled(), "us-east-1", VisualizationUrl.DEFAULT_BASE)
                .analyze(state)).isInstanceOf(AllPowerValuesFailedException.class)
                .hasMessage("All power values failed: 128 (Unhandled), 256 (Unhandled)");
        assertNothingLeftBehind(1024);
    }

    @Test
    void initializerResolvesANameToTheCanonicalArn() {
        ObjectNode state = Runs.published(fake, Runs.json("{'lambdaARN':'fn:$LATEST','num':5,'powerValues':[128]}"));

        assertThat(state.path("lambdaConfigurations").path("lambdaARN").asText()).isEqualTo(Runs.ARN);
        assertThat(state.path("lambdaARN").asText()).isEqualTo("fn:$LATEST");
        assertThat(List.of(state.path("lambdaConfigurations").path("originalMemorySize").asInt())).containsExactly(1024);
    }
}
