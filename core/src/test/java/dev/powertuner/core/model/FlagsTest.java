package dev.powertuner.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.powertuner.core.error.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlagsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<Integer> DEFAULTS = List.of(128);

    private static JsonNode json(String text) throws Exception {
        return MAPPER.readTree(text.replace('\'', '"'));
    }

    @ParameterizedTest
    @ValueSource(strings = {"'no'", "'false'", "'true'", "'yes'", "1", "0", "[]", "{}", "''", "'0'"})
    void anythingButAJsonBooleanIsRefusedForEveryFlag(String value) {
        for (String flag : Flags.NAMES) {
            assertThatThrownBy(() -> TuningInput.parse(json("{'lambdaARN':'fn','num':5,'" + flag + "':" + value + "}"), DEFAULTS))
                    .as(flag).isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("Invalid " + flag + ": ")
                    .hasMessageContaining("is not a boolean; write true or false without quotes");
        }
    }

    @Test
    void autoOptimizeNoIsNotReadAsTrue() {
        assertThatThrownBy(() -> TuningInput.parse(json("{'lambdaARN':'fn','num':5,'autoOptimize':'no'}"), DEFAULTS))
                .hasMessage("Invalid autoOptimize: \"no\" is not a boolean; write true or false without quotes, or leave"
                        + " autoOptimize out for false");
    }

    @Test
    void absentNullAndFalseMeanFalseAndTrueMeansTrue() throws Exception {
        JsonNode input = json("{'dryRun':null,'parallelInvocation':false,'onlyColdStarts':true}");

        assertThat(Flags.read(input, "autoOptimize")).isFalse();
        assertThat(Flags.read(input, "dryRun")).isFalse();
        assertThat(Flags.read(input, "parallelInvocation")).isFalse();
        assertThat(Flags.read(input, "onlyColdStarts")).isTrue();
    }

    @Test
    void parsedInputCarriesTheBooleansAsGiven() throws Exception {
        TuningInput in = TuningInput.parse(json("{'lambdaARN':'fn','num':5,'parallelInvocation':true,'autoOptimize':true,"
                + "'dryRun':false,'disablePayloadLogs':true,'includeOutputResults':true,'onlyColdStarts':null}"), DEFAULTS);

        assertThat(in.parallelInvocation()).isTrue();
        assertThat(in.autoOptimize()).isTrue();
        assertThat(in.dryRun()).isFalse();
        assertThat(in.disablePayloadLogs()).isTrue();
        assertThat(in.includeOutputResults()).isTrue();
        assertThat(in.onlyColdStarts()).isFalse();
    }
}
