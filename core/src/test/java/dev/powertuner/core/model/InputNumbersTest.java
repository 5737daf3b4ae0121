package dev.powertuner.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.powertuner.core.error.InvalidInputException;
import dev.powertuner.core.js.Js;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InputNumbersTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return MAPPER.readTree(text.replace('\'', '"'));
    }

    private static JsonNode num(String text) {
        ObjectNode input = MAPPER.createObjectNode();
        input.put("num", text);
        return input;
    }

    @ParameterizedTest
    @ValueSource(strings = {"10", "\u00a010", "10\u00a0", "\u2007 10\u202f", "\ufeff10", "\u300010\u3000", "+10", " 10\t"})
    void numAsAStringIsReadAfterJavaScriptWhiteSpace(String text) {
        assertThat(InputNumbers.num(num(text))).isEqualTo(10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10abc", "1e3", "10.5", "0x10", "ten", "1 0", "\u001c10"})
    void numStringsThatAreNotWholeNumbersAreRefused(String text) {
        assertThatThrownBy(() -> InputNumbers.num(num(text))).isInstanceOf(InvalidInputException.class)
                .hasMessageEndingWith("(num must be a whole number from 5 to 900000)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "10.5|Invalid num: 10.5 (num must be a whole number from 5 to 900000)",
        "true|Invalid num: true (num must be a whole number from 5 to 900000)",
        "[10]|Invalid num: [10] (num must be a whole number from 5 to 900000)",
        "{}|Invalid num: {} (num must be a whole number from 5 to 900000)",
        "null|Missing num or num below 5",
        "''|Missing num or num below 5",
        "4|Missing num or num below 5",
        "'-7'|Missing num or num below 5"})
    void numMessagesNameTheRule(String value, String message) {
        assertThatThrownBy(() -> InputNumbers.num(json("{'num':" + value + "}"))).isInstanceOf(InvalidInputException.class)
                .hasMessage(message);
    }

    @Test
    void tinyNumIsNotReadAsItsLeadingDigits() {
        // the reference's parseInt(5e-324) reads the string "5e-324" and gets 5; JDK 17 prints the value as 4.9e-324
        assertThatThrownBy(() -> InputNumbers.num(json("{'num':5e-324}"))).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Invalid num: ").hasMessageEndingWith("e-324 (num must be a whole number from 5 to 900000)");
    }

    @Test
    void numAboveWhatAnExecutorCanRunIsRefusedWithTheReason() throws Exception {
        assertThat(InputNumbers.num(json("{'num':900000}"))).isEqualTo(900_000);
        assertThatThrownBy(() -> InputNumbers.num(json("{'num':100000000}"))).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Invalid num: 100000000 is above 900000: Lambda stops an Executor after 15 minutes");
        assertThatThrownBy(() -> InputNumbers.num(json("{'num':1e12}"))).hasMessageContaining("is above 900000");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"1e12|is above 900000", "-5|must be a whole number of milliseconds",
        "'25ms'|must be a whole number of milliseconds", "2.5|must be a whole number of milliseconds",
        "true|must be a whole number of milliseconds"})
    void sleepThatWouldBeMisreadOrOutliveTheExecutorIsRefused(String value, String fragment) {
        assertThatThrownBy(() -> InputNumbers.sleepMillis(json("{'sleepBetweenRunsMs':" + value + "}")))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("Invalid sleepBetweenRunsMs: ")
                .hasMessageContaining(fragment);
    }

    @Test
    void sleepAbsentOrNullIsZeroAndDigitStringsAreRead() throws Exception {
        assertThat(InputNumbers.sleepMillis(json("{}"))).isZero();
        assertThat(InputNumbers.sleepMillis(json("{'sleepBetweenRunsMs':null}"))).isZero();
        assertThat(InputNumbers.sleepMillis(json("{'sleepBetweenRunsMs':' 250 '}"))).isEqualTo(250);
        assertThat(InputNumbers.sleepMillis(json("{'sleepBetweenRunsMs':900000}"))).isEqualTo(900_000);
    }

    @Test
    void decimalsAcceptNumbersAndNumericStringsOnly() throws Exception {
        assertThat(InputNumbers.decimal(json("'0.3'"))).isEqualTo(0.3);
        assertThat(InputNumbers.decimal(json("'\\u00a0.5e1'"))).isEqualTo(5.0);
        assertThat(InputNumbers.decimal(json("2"))).isEqualTo(2.0);
        assertThat(InputNumbers.decimal(json("null"))).isNaN();
        assertThat(InputNumbers.decimal(json("''"))).isNaN();
        assertThat(InputNumbers.decimal(json("'Infinity'"))).isNaN();
        assertThat(InputNumbers.decimal(json("[0.3]"))).isNaN();
    }

    @Test
    void valuesAreShownAsJsonAndShortened() throws Exception {
        assertThat(Js.json(json("'no'"))).isEqualTo("\"no\"");
        assertThat(Js.json(json("1.5e-7"))).isEqualTo("1.5e-7");
        assertThat(Js.json(json("12"))).isEqualTo("12");
        assertThat(Js.json(json("'" + "x".repeat(100) + "'"))).hasSize(60).endsWith("...");
    }
}
