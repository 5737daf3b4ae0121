package dev.powertuner.core.arn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RunMarkerTest {

    @Test
    void markerFollowsTheOriginalDescription() {
        assertThat(RunMarker.describe("my fn", "exec-1", "RAM128-3")).isEqualTo("my fn [powertuner exec-1 RAM128-3]");
        assertThat(RunMarker.describe("", "exec-1", "RAM128")).isEqualTo("[powertuner exec-1 RAM128]");
    }

    @Test
    void descriptionsNeverExceed256CharactersAndAlwaysMatchTheirRun() {
        Random random = new Random(42);
        for (int i = 0; i < 500; i++) {
            String original = "d".repeat(random.nextInt(400));
            String runId = "run-" + "r".repeat(random.nextInt(76));
            String alias = Aliases.of(128 + random.nextInt(10_000), random.nextInt(100));

            String description = RunMarker.describe(original, runId, alias);

            assertThat(description.length()).isLessThanOrEqualTo(RunMarker.MAX_DESCRIPTION);
            assertThat(RunMarker.matches(description, runId)).isTrue();
            assertThat(RunMarker.matches(description, runId + "x")).isFalse();
        }
    }

    @Test
    void otherRunsAndUserDescriptionsDoNotMatch() {
        assertThat(RunMarker.matches("release 1.2", "exec-1")).isFalse();
        assertThat(RunMarker.matches("x [powertuner exec-10 RAM128]", "exec-1")).isFalse();
        assertThat(RunMarker.matches(null, "exec-1")).isFalse();
    }

    @Test
    void aliasNames() {
        assertThat(Aliases.of(1024)).isEqualTo("RAM1024");
        assertThat(Aliases.of(1024, 7)).isEqualTo("RAM1024-7");
    }
}
