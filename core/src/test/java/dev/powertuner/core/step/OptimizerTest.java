package dev.powertuner.core.step;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.powertuner.core.FakeLambda;
import dev.powertuner.core.model.OptimizationReport;
import org.junit.jupiter.api.Test;

class OptimizerTest {

    private final FakeLambda fake = Runs.fake();

    private ObjectNode cleanedState(String input) {
        ObjectNode state = Runs.published(fake, Runs.json(input));
        new Cleaner(fake).clean(state);
        state.putObject("analysis").put("power", 512);
        return state;
    }

    @Test
    void aliasVersionCarriesTheOriginalDescription() {
        ObjectNode state = cleanedState("{'lambdaARN':'fn','num':5,'powerValues':[128,512],'autoOptimize':true,"
                + "'autoOptimizeAlias':'live'}");

        OptimizationReport report = new Optimizer(fake).optimize(state);

        assertThat(report.applied()).isTrue();
        assertThat(report.alias()).isEqualTo("live");
        assertThat(fake.memory(Runs.NAME)).isEqualTo(512);
        assertThat(fake.description(Runs.NAME)).isEqualTo("original description");
        assertThat(fake.versions(Runs.NAME)).hasSize(1);
        assertThat(fake.versions(Runs.NAME).get(0).description()).isEqualTo("original description");
        assertThat(fake.aliases(Runs.NAME)).containsEntry("live", report.version());
    }

    @Test
    void withoutAutoOptimizeNothingChanges() {
        ObjectNode state = cleanedState("{'lambdaARN':'fn','num':5,'powerValues':[128,512]}");
        int updates = fake.calls("UpdateFunctionConfiguration");

        OptimizationReport report = new Optimizer(fake).optimize(state);

        assertThat(report.applied()).isFalse();
        assertThat(fake.calls("UpdateFunctionConfiguration")).isEqualTo(updates);
        assertThat(fake.memory(Runs.NAME)).isEqualTo(1024);
    }

    @Test
    void autoOptimizeSetsLatestMemoryOnly() {
        ObjectNode state = cleanedState("{'lambdaARN':'fn','num':5,'powerValues':[128,512],'autoOptimize':true}");

        new Optimizer(fake).optimize(state);

        assertThat(fake.memory(Runs.NAME)).isEqualTo(512);
        assertThat(fake.description(Runs.NAME)).isEqualTo("original description");
        assertThat(fake.versions(Runs.NAME)).isEmpty();
    }
}
