package dev.powertuner.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.powertuner.core.error.InvalidInputException;
import dev.powertuner.core.step.Initializer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdaptiveSettingsTest {

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text.replace('\'', '"'));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Optional<AdaptiveSettings> parse(String adaptive) {
        return AdaptiveSettings.parse(json("{'lambdaARN':'fn','num':20,'adaptive':" + adaptive + "}"), 20);
    }

    @Test
    void absentFalseOrNullMeansANormalRun() {
        assertThat(AdaptiveSettings.parse(json("{'num':20}"), 20)).isEmpty();
        assertThat(parse("false")).isEmpty();
        assertThat(parse("null")).isEmpty();
    }

    @Test
    void trueTakesTheDefaults() {
        assertThat(parse("true")).contains(new AdaptiveSettings(0.95, 5));
    }

    @Test
    void objectFieldsOverrideTheDefaultsOneByOne() {
        assertThat(parse("{'confidence':0.9}")).contains(new AdaptiveSettings(0.9, 5));
        assertThat(parse("{'minInvocations':'3'}")).contains(new AdaptiveSettings(0.95, 3));
        assertThat(parse("{'confidence':0.99,'minInvocations':20}")).contains(new AdaptiveSettings(0.99, 20));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
        "{'confidence':0.5}; Invalid adaptive.confidence: 0.5 (confidence must be a number above 0.5 and below 1",
        "{'confidence':1}; Invalid adaptive.confidence: 1 (confidence must be a number above 0.5 and below 1",
        "{'confidence':'high'}; Invalid adaptive.confidence: \"high\"",
        "{'minInvocations':1}; Invalid adaptive.minInvocations: 1 (minInvocations must be a whole number from 2 to num = 20)",
        "{'minInvocations':21}; Invalid adaptive.minInvocations: 21 (minInvocations must be a whole number from 2 to num = 20)",
        "{'minInvocations':2.5}; Invalid adaptive.minInvocations: 2.5",
        "{'confidenc':0.9}; Unknown field \"adaptive.confidenc\": did you mean \"confidence\"?",
        "{'rounds':3}; Unknown field \"adaptive.rounds\" (adaptive knows confidence and minInvocations)",
        "'yes'; Invalid adaptive: \"yes\" (adaptive must be true or an object",
        "1; Invalid adaptive: 1 (adaptive must be true or an object"})
    void badSettingsAreRefusedNamingTheFieldAndRule(String adaptive, String message) {
        assertThatThrownBy(() -> parse(adaptive)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void onlyColdStartsIsRefusedWithTheReason() {
        JsonNode input = json("{'lambdaARN':'fn','num':20,'onlyColdStarts':true,'adaptive':true}");

        assertThatThrownBy(() -> AdaptiveSettings.parse(input, 20)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("adaptive cannot be combined with onlyColdStarts");
    }

    @Test
    void theInitializerRefusesBadSettingsUpFront() {
        JsonNode input = json("{'lambdaARN':'arn:aws:lambda:us-east-1:123456789012:function:fn','num':10,"
                + "'adaptive':{'minInvocations':11}}");

        assertThatThrownBy(() -> Initializer.validate(input, List.of(128, 256)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("from 2 to num = 10");
    }
}
