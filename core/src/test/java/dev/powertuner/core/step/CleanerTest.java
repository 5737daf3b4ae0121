package dev.powertuner.core.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.powertuner.core.FakeLambda;
import dev.powertuner.core.model.CleanupReport;
import dev.powertuner.core.model.TuningState;
import dev.powertuner.core.port.FunctionConfiguration;
import org.junit.jupiter.api.Test;

class CleanerTest {

    private final FakeLambda fake = Runs.fake();

    @Test
    void deletesAliasesAndOnlyTheVersionsMarkedByThisRun() {
        String userVersion = fake.seedVersion(Runs.NAME, "user release", "prod");
        fake.seedVersion(Runs.NAME, "old [powertuner other-run RAM128]");
        ObjectNode state = Runs.published(fake, Runs.json("{'lambdaARN':'fn','num':5,'powerValues':[128,256]}"));

        CleanupReport report = new Cleaner(fake).clean(state);

        assertThat(report.deletedAliases()).containsExactly("RAM128", "RAM256");
        assertThat(report.deletedVersions()).hasSize(2);
        assertThat(fake.aliases(Runs.NAME)).containsOnlyKeys("prod");
        assertThat(fake.versions(Runs.NAME)).extracting(FunctionConfiguration::version)
                .containsExactly(userVersion, "2");
        assertThat(report.restored()).isFalse();
    }

    @Test
    void aliasPointingAtAUserVersionIsDeletedButTheVersionIsKept() {
        String userVersion = fake.seedVersion(Runs.NAME, "user release", "RAM128");
        ObjectNode state = Runs.published(fake, Runs.json("{'lambdaARN':'fn','num':5,'powerValues':[256]}"));
        ((ObjectNode) state.path("lambdaConfigurations")).putArray("powerValues").add(128).add(256);

        new Cleaner(fake).clean(state);

        assertThat(fake.aliases(Runs.NAME)).isEmpty();
        assertThat(fake.versions(Runs.NAME)).extracting(FunctionConfiguration::version).containsExactly(userVersion);
    }

    @Test
    void restoresLatestWhenAFailedPublishLeftItChanged() {
        TuningState state = new Initializer(fake, Runs.DEFAULTS)
                .initialize(Runs.json("{'lambdaARN':'fn','num':5,'powerValues':[128,256]}"), "run-1");
        state = new Publisher(fake).publish(state, () -> 0L);
        ObjectNode whole = Runs.json("{'lambdaARN':'fn','num':5}");
        whole.set("lambdaConfigurations", dev.powertuner.core.model.StateJson.toJson(state));
        assertThat(fake.memory(Runs.NAME)).isEqualTo(128);

        CleanupReport report = new Cleaner(fake).clean(whole);

        assertThat(report.restored()).isTrue();
        assertThat(fake.memory(Runs.NAME)).isEqualTo(1024);
        assertThat(fake.description(Runs.NAME)).isEqualTo("original description");
        assertThat(fake.versions(Runs.NAME)).isEmpty();
    }

    @Test
    void onlyColdStartsAliasesAreDeletedPerInvocation() {
        ObjectNode state = Runs.published(fake, Runs.json("{'lambdaARN':'fn','num':5,'powerValues':[128],'onlyColdStarts':true}"));

        CleanupReport report = new Cleaner(fake).clean(state);

        assertThat(report.deletedAliases()).containsExactly("RAM128-0", "RAM128-1", "RAM128-2", "RAM128-3", "RAM128-4");
        assertThat(fake.versions(Runs.NAME)).isEmpty();
    }

    @Test
    void isIdempotent() {
        ObjectNode state = Runs.published(fake, Runs.json("{'lambdaARN':'fn','num':5,'powerValues':[128]}"));
        new Cleaner(fake).clean(state);

        CleanupReport second = new Cleaner(fake).clean(state);

        assertThat(second.deletedAliases()).isEmpty();
        assertThat(second.deletedVersions()).isEmpty();
    }

    @Test
    void throttlingStillFails() {
        ObjectNode state = Runs.published(fake, Runs.json("{'lambdaARN':'fn','num':5,'powerValues':[128]}"));
        fake.withFault("DeleteAlias", "TooManyRequestsException", "Rate exceeded");

        assertThatThrownBy(() -> new Cleaner(fake).clean(state)).hasMessageContaining("Rate exceeded");
    }
}
