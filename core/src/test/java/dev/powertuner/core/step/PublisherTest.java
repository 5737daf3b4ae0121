package dev.powertuner.core.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.powertuner.core.FakeLambda;
import dev.powertuner.core.arn.RunMarker;
import dev.powertuner.core.error.InvalidInputException;
import dev.powertuner.core.model.PublishIterator;
import dev.powertuner.core.model.TuningState;
import dev.powertuner.core.port.FunctionConfiguration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublisherTest {

    private final FakeLambda fake = Runs.fake();

    private TuningState initial(String input) {
        return new Initializer(fake, Runs.DEFAULTS).initialize(Runs.json(input), "exec-7");
    }

    @Test
    void publishesAsLongAsTheRemainingTimeCoversTwiceTheLongestPublishPlusTenSeconds() {
        TuningState state = initial("{'lambdaARN':'fn','num':5,'powerValues':[128,256,512,1024,1536,3008]}");
        long[] remaining = {40_000};

        TuningState next = new Publisher(new TimedLambda(fake, remaining, 5_000)).publish(state, () -> remaining[0]);

        // each publish costs 5 s: 40 → 35 → 30 → 25 → 20, and 20 s is not more than 2 · 5 s + 10 s
        assertThat(next.iterator()).isEqualTo(new PublishIterator(4, 6, true));
        assertThat(fake.calls("PublishVersion")).isEqualTo(4);
        assertThat(fake.calls("UpdateFunctionConfiguration")).isEqualTo(4);
    }

    @Test
    void publishesAtLeastOneConfigurationEvenWithoutTime() {
        TuningState state = initial("{'lambdaARN':'fn','num':5,'powerValues':[128,256]}");

        TuningState next = new Publisher(fake).publish(state, () -> 0L);

        assertThat(next.iterator()).isEqualTo(new PublishIterator(1, 2, true));
        assertThat(fake.aliases(Runs.NAME)).containsOnlyKeys("RAM128");
    }

    @Test
    void versionsCarryTheRunMarkerAndLatestIsRestoredAfterTheLastPublish() {
        TuningState state = initial("{'lambdaARN':'fn','num':5,'powerValues':[128,256]}");

        TuningState next = new Publisher(fake).publish(state, () -> 600_000L);

        assertThat(next.iterator().more()).isFalse();
        assertThat(fake.versions(Runs.NAME)).extracting(FunctionConfiguration::description).containsExactly(
                "original description [powertuner exec-7 RAM128]", "original description [powertuner exec-7 RAM256]");
        assertThat(fake.memory(Runs.NAME)).isEqualTo(1024);
        assertThat(fake.description(Runs.NAME)).isEqualTo("original description");
        assertThat(fake.log()).endsWith("UpdateFunctionConfiguration:1024", "waitUntilFunctionUpdated");
    }

    @Test
    void onlyColdStartsPublishesOneVersionPerInvocation() {
        TuningState state = initial("{'lambdaARN':'fn','num':5,'powerValues':[128,256],'onlyColdStarts':true}");

        new Publisher(fake).publish(state, () -> 600_000L);

        assertThat(fake.versions(Runs.NAME)).hasSize(10);
        assertThat(fake.aliases(Runs.NAME)).containsKeys("RAM128-0", "RAM128-4", "RAM256-4");
    }

    @Test
    void rejectedMemorySizeIsRecordedAsFailedAndGetsNoVersion() {
        fake.withMemoryCap(3008);
        TuningState state = initial("{'lambdaARN':'fn','num':5,'powerValues':[128,10240,512],'onlyColdStarts':true}");

        TuningState next = new Publisher(fake).publish(state, () -> 600_000L);

        assertThat(next.failedPowerValues()).hasSize(1);
        assertThat(next.failedPowerValues().get(0).power()).isEqualTo(10240);
        assertThat(next.failedPowerValues().get(0).errorType()).isEqualTo("InvalidParameterValueException");
        assertThat(next.failedPowerValues().get(0).errorMessage()).contains("less than or equal to 3008");
        assertThat(fake.aliases(Runs.NAME).keySet()).noneMatch(a -> a.startsWith("RAM10240"));
        assertThat(fake.log().stream().filter(l -> l.equals("UpdateFunctionConfiguration:10240"))).hasSize(1);
    }

    @Test
    void otherUpdateErrorsFailTheStep() {
        fake.withFault("UpdateFunctionConfiguration", "TooManyRequestsException", "Rate exceeded");
        TuningState state = initial("{'lambdaARN':'fn','num':5,'powerValues':[128]}");

        assertThatThrownBy(() -> new Publisher(fake).publish(state, () -> 0L)).hasMessageContaining("Rate exceeded");
    }

    @Test
    void iteratorOutOfRangeIsRejected() {
        TuningState state = initial("{'lambdaARN':'fn','num':5,'powerValues':[128]}");

        assertThatThrownBy(() -> new Publisher(fake).publish(state.withIterator(new PublishIterator(3, 1, true)), () -> 0L))
                .isInstanceOf(InvalidInputException.class).hasMessage("Invalid iterator index: 3");
        assertThatThrownBy(() -> new Publisher(fake).publish(state.withIterator(new PublishIterator(0, 7, true)), () -> 0L))
                .hasMessage("Invalid iterator for initialization");
    }

    @Test
    void longOriginalDescriptionIsCutSoTheMarkerFits() {
        String longDescription = "x".repeat(256);
        FakeLambda f = new FakeLambda().withFunction("fn", 512, longDescription);
        TuningState state = new Initializer(f, Runs.DEFAULTS).initialize(
                Runs.json("{'lambdaARN':'fn','num':5,'powerValues':[128]}"), "exec-7");

        new Publisher(f).publish(state, () -> 0L);

        String published = f.versions("fn").get(0).description();
        assertThat(published).hasSizeLessThanOrEqualTo(RunMarker.MAX_DESCRIPTION).endsWith(" [powertuner exec-7 RAM128]");
        assertThat(RunMarker.matches(published, "exec-7")).isTrue();
        assertThat(f.description("fn")).isEqualTo(longDescription);
        assertThat(List.of(f.memory("fn"))).containsExactly(512);
    }
}
