package dev.powertuner.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateJsonTest {

    private static final TuningState STATE = new TuningState("arn:aws:lambda:us-east-1:1:function:f", List.of(128, 256),
            5, true, "exec", 1024, "desc", PublishIterator.at(3, 10),
            List.of(new FailedPowerValue(256, "InvalidParameterValueException", "too big")));

    @Test
    void stateRoundTripsWithTheDocumentedFieldOrder() {
        JsonNode json = StateJson.toJson(STATE);
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);

        assertThat(keys).containsExactly("lambdaARN", "powerValues", "num", "onlyColdStarts", "runId",
                "originalMemorySize", "originalDescription", "iterator", "failedPowerValues");
        assertThat(json.path("iterator").path("continue").asBoolean()).isTrue();
        assertThat(StateJson.fromJson(json)).isEqualTo(STATE);
    }

    @Test
    void configurationsFollowTheColdStartLayout() {
        assertThat(STATE.configurationCount()).isEqualTo(10);
        assertThat(STATE.configuration(7)).isEqualTo(new Configuration(256, 2, "RAM256-2"));
        assertThat(STATE.aliases()).hasSize(10).startsWith("RAM128-0");
    }

    @Test
    void missingLambdaConfigurationsIsAnInvalidIterator() {
        assertThatThrownBy(() -> StateJson.fromJson(null)).hasMessage("Invalid iterator for initialization");
    }

    @Test
    void failedResultIsCompactAndTruncatesItsMessage() {
        PowerValueResult failed = PowerValueResult.failure(512, "Boom", "m".repeat(2_000), 3, 1, 1e-7, "x86_64", "USD");

        JsonNode json = StateJson.toJson(failed);
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);

        assertThat(keys).containsExactly("value", "failed", "errorType", "errorMessage", "invocations", "errors",
                "totalCost", "architecture", "currency");
        assertThat(json.path("errorMessage").asText()).hasSize(512);
        assertThat(StateJson.powerValueResult(json)).isEqualTo(failed);
    }

    @Test
    void successfulResultRoundTripsAndStatsEntriesDropTotalCost() {
        PowerValueResult ok = new PowerValueResult(128, 2.1e-9, 1.2, 2.1e-8, 2e-7, 2.021e-7, 10, 0, 1, 120.5, 1.0,
                121.7, 1.1, 1.3, 121.7, 37.8, "x86_64", "USD", false, null, null);

        assertThat(StateJson.powerValueResult(StateJson.toJson(ok))).isEqualTo(ok);
        assertThat(StateJson.toJson(ok).fieldNames().next()).isEqualTo("value");
        assertThat(StateJson.statsEntry(ok).has("totalCost")).isFalse();
        assertThat(StateJson.statsEntry(ok).has("p99Duration")).isTrue();
    }
}
