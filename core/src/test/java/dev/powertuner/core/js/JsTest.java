package dev.powertuner.core.js;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return "undefined".equals(text) ? MissingNode.getInstance() : MAPPER.readTree(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"undefined|false", "null|false", "false|false", "0|false", "0.0|false",
        "\"\"|false", "true|true", "1|true", "-1|true", "\"0\"|true", "\"false\"|true", "[]|true", "{}|true"})
    void truthinessFollowsJavaScript(String value, boolean truthy) throws Exception {
        assertThat(Js.truthy(json(value))).isEqualTo(truthy);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"\"12abc\"|12", "\"5.9\"|5", "5.9|5", "-5.9|-5", "\" 42\"|42", "\"+7\"|7",
        "null|NaN", "undefined|NaN", "\"abc\"|NaN", "true|NaN", "\"\"|NaN", "[\"64\"]|64"})
    void parseIntFollowsJavaScript(String value, String expected) throws Exception {
        assertParsesTo(value, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"[12,5]|12", "[\"7abc\",1]|7", "[[3,4],5]|3", "[]|NaN", "[null,5]|NaN",
        "5e-7|5", "1.5e-7|1", "-5e-7|-5", "0.000001|0", "1e21|1"})
    void parseIntReadsTheStringFormOfListsAndTinyNumbers(String value, String expected) throws Exception {
        assertParsesTo(value, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"100.0|100", "1e3|1000", "0.000015|0.000015", "1.5e-7|1.5e-7", "1e21|1e+21",
        "12345678.5|12345678.5", "-0.0|0", "[1,2]|'1,2'", "[null,[3,'a'],{}]|',3,a,[object Object]'", "[]|''",
        "\"x\"|x", "true|true", "null|null", "{}|[object Object]", "undefined|undefined"})
    void showPrintsValuesAsJavaScriptStringDoes(String value, String expected) throws Exception {
        assertThat(Js.show(json(value.replace('\'', '"')))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"undefined|true", "null|false", "\"\"|false", "\"12\"|false", "\"1e3\"|false",
        "\"abc\"|true", "true|false", "{}|true", "\"Not a number\"|true"})
    void isNaNCoercesLikeJavaScript(String value, boolean nan) throws Exception {
        assertThat(Js.isNaN(json(value))).isEqualTo(nan);
    }

    private static void assertParsesTo(String value, String expected) throws Exception {
        double parsed = Js.parseInt(json(value));

        if ("NaN".equals(expected)) {
            assertThat(parsed).isNaN();
        } else {
            assertThat(parsed).isEqualTo(Double.parseDouble(expected));
        }
    }

    @Test
    void trimRemovesWhatJavaScriptTrimsAndNothingElse() {
        assertThat(Js.trim("\u00a0\u2007\u202f\ufeff\u3000\u2000 x \t\n\u2028")).isEqualTo("x");
        assertThat(Js.trim("\u001cx\u001f")).isEqualTo("\u001cx\u001f");
        assertThat(Js.parseInt("\u00a012abc")).isEqualTo(12.0);
    }
}
