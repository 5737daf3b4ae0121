package dev.powertuner.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class PrimerTest {

    @Test
    void beforeCheckpointRunsTheCorePathsOnTheBundledSampleWithoutNetwork() {
        assertThatCode(() -> Primer.instance().beforeCheckpoint(null)).doesNotThrowAnyException();
    }

    @Test
    void primingAnalysesTheSampleState() {
        JsonNode analysis = Primer.instance().prime();

        assertThat(analysis.get("power").asInt()).isEqualTo(256);
        assertThat(analysis.get("failedPowerValues")).hasSize(1);
    }

    @Test
    void registeringTwiceIsHarmlessWithoutCrac() {
        assertThatCode(() -> {
            Primer.register();
            Primer.register();
        }).doesNotThrowAnyException();
    }
}
