package dev.powertuner.core.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.powertuner.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrafficTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void defaultsToOnePercentColdStartsAndNoProvisionedConcurrency() throws Exception {
        Traffic t = Traffic.parse(json("{\"invocationsPerMonth\": 1000}"));

        assertThat(t).isEqualTo(new Traffic(1000, 0.01, 0, false));
    }

    @Test
    void autoAndACountAreAccepted() throws Exception {
        assertThat(Traffic.parse(json("{\"invocationsPerMonth\": 5, \"provisionedConcurrency\": \"auto\"}")).auto())
                .isTrue();
        assertThat(Traffic.parse(json("{\"invocationsPerMonth\": 5, \"provisionedConcurrency\": 3}"))
                .provisionedConcurrency()).isEqualTo(3);
        assertThat(Traffic.parse(null)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{}|traffic.invocationsPerMonth: required",
        "{\"invocationsPerMonth\": -1}|traffic.invocationsPerMonth: must be a number of at least 0",
        "{\"invocationsPerMonth\": \"10\"}|traffic.invocationsPerMonth: required",
        "{\"invocationsPerMonth\": 1, \"coldStartRatio\": 1.5}|traffic.coldStartRatio: must be a number from 0 to 1",
        "{\"invocationsPerMonth\": 1, \"coldStartRatio\": -0.1}|traffic.coldStartRatio: must be a number from 0 to 1",
        "{\"invocationsPerMonth\": 1, \"provisionedConcurrency\": -2}|traffic.provisionedConcurrency: must be a non-negative",
        "{\"invocationsPerMonth\": 1, \"provisionedConcurrency\": 1.5}|traffic.provisionedConcurrency: must be a non-negative",
        "{\"invocationsPerMonth\": 1, \"provisionedConcurrency\": \"all\"}|or \"auto\"",
        "[1]|traffic: must be an object",
    })
    void invalidTrafficIsRefusedNamingTheFieldAndTheRule(String input, String message) {
        assertThatThrownBy(() -> Traffic.parse(json(input))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(message);
    }

    private static JsonNode json(String text) throws Exception {
        return MAPPER.readTree(text);
    }
}
