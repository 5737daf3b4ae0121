package dev.powertuner.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.powertuner.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputKeysTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest
    @CsvSource({"autoOptimise, autoOptimize", "dryrun, dryRun", "powerValue, powerValues", "NUM, num",
        "parallelInvocations, parallelInvocation", "lambdaArn, lambdaARN", "stratgy, strategy",
        "sleepBetweenRunMs, sleepBetweenRunsMs"})
    void nearMissOfAKnownFieldIsRefusedWithTheKnownName(String typo, String known) {
        assertThatThrownBy(() -> InputKeys.check(MAPPER.createObjectNode().put(typo, 1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Unknown field \"" + typo + "\": did you mean \"" + known + "\"? (an unknown field would be ignored)");
    }

    @Test
    void otherUnknownFieldsAndStateFieldsAreIgnoredAsTheReferenceDoes() {
        assertThatCode(() -> InputKeys.check(MAPPER.createObjectNode().put("comment", "tuning for release 7")
                .put("nums", 1).put("lambdaConfigurations", 1).put("stats", 1))).doesNotThrowAnyException();
        assertThat(InputKeys.similar("comment")).isNull();
    }
}
