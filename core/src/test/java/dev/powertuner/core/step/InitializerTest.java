package dev.powertuner.core.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.powertuner.core.FakeLambda;
import dev.powertuner.core.error.InvalidInputException;
import dev.powertuner.core.model.PublishIterator;
import dev.powertuner.core.model.TuningState;
import org.junit.jupiter.api.Test;

class InitializerTest {

    private final FakeLambda fake = Runs.fake();
    private final Initializer initializer = new Initializer(fake, Runs.DEFAULTS);

    @Test
    void recordsTheOriginalConfigurationAndCreatesNothing() {
        TuningState state = initializer.initialize(Runs.json("{'lambdaARN':'fn','num':5,'onlyColdStarts':true}"), "exec");

        assertThat(state.originalMemorySize()).isEqualTo(1024);
        assertThat(state.originalDescription()).isEqualTo("original description");
        assertThat(state.iterator()).isEqualTo(new PublishIterator(0, 30, true));
        assertThat(state.runId()).isEqualTo("exec");
        assertThat(fake.log()).containsExactly("GetFunctionConfiguration");
    }

    @Test
    void unknownFunctionIsReportedWithTheInput() {
        assertThatThrownBy(() -> initializer.initialize(Runs.json("{'lambdaARN':'nope','num':5}"), "exec"))
                .isInstanceOf(InvalidInputException.class).hasMessage("Function not found: nope");
    }

    @Test
    void inputTooLargeForTheStateIsRejectedAndPointsToPayloadS3() {
        ObjectNode input = Runs.json("{'lambdaARN':'fn','num':5}");
        input.put("payload", "x".repeat(240_000));

        assertThatThrownBy(() -> initializer.initialize(input, "exec")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("payloadS3").hasMessageContaining("262144");
        assertThat(fake.calls("GetFunctionConfiguration")).isZero();
    }

    @Test
    void sizeRuleCountsAKilobytePerPowerValue() {
        ObjectNode input = Runs.json("{'lambdaARN':'fn','num':5,'powerValues':'ALL'}");
        int base = input.toString().length();
        input.put("payload", "x".repeat(262_144 - 16_384 - 46 * 1_024 - base - 20));

        assertThat(input.toString().length() + 46 * 1_024 + 16_384).isLessThanOrEqualTo(262_144);
        assertThat(initializer.initialize(input, "exec").powerValues()).hasSize(46);
    }

    @Test
    void processorThatDoesNotExistIsRefusedBeforeAnythingIsPublished() {
        fake.withFunction("pre", 128, "");

        assertThatThrownBy(() -> initializer.initialize(Runs.json("{'lambdaARN':'fn','num':5,'preProcessorARN':'pre',"
                + "'postProcessorARN':'post'}"), "exec")).isInstanceOf(InvalidInputException.class)
                .hasMessage("postProcessorARN: function not found: post");
        assertThat(fake.calls("PublishVersion")).isZero();
    }

    @Test
    void booleansAreCheckedByTheInitializerSoAwsRunsRefuseThemToo() {
        assertThatThrownBy(() -> initializer.initialize(Runs.json("{'lambdaARN':'fn','num':5,'dryRun':'false'}"), "exec"))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("Invalid dryRun: \"false\" is not a boolean");
        assertThat(fake.calls("GetFunctionConfiguration")).isZero();
    }
}
