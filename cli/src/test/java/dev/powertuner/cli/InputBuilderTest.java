package dev.powertuner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputBuilderTest {

    private static TuningInputOptions options() {
        TuningInputOptions o = new TuningInputOptions();
        o.function = "f";
        return o;
    }

    private static ObjectNode build(TuningInputOptions o) {
        return InputBuilder.build(o, InputStream.nullInputStream());
    }

    @Test
    void onlyGivenFlagsBecomeFieldsAndOutputResultsDefaultOn() {
        assertThat(build(options())).isEqualTo(Json.parse("{\"lambdaARN\":\"f\",\"includeOutputResults\":true}", "x"));
    }

    @Test
    void adaptiveFlagSetsTrueAndConfidenceSetsTheObject() {
        TuningInputOptions o = options();
        o.adaptive = true;

        assertThat(build(o).get("adaptive").booleanValue()).isTrue();
        o.confidence = 0.9;
        assertThat(build(o).get("adaptive")).isEqualTo(Json.parse("{\"confidence\":0.9}", "x"));
    }

    @Test
    void confidenceWithoutAdaptiveIsAUsageError() {
        TuningInputOptions o = options();
        o.confidence = 0.9;

        assertThatThrownBy(() -> build(o)).isInstanceOf(UsageException.class)
                .hasMessage("--confidence needs --adaptive (or \"adaptive\" in --input)");
    }

    @Test
    void powerValuesAllStaysTheString() {
        TuningInputOptions o = options();
        o.powerValues = "all";

        assertThat(build(o).get("powerValues").textValue()).isEqualTo("ALL");
    }

    @Test
    void payloadThatParsesAsJsonIsSentAsThatValue() {
        TuningInputOptions o = options();
        o.payload = "{\"a\":[1,2]}";

        assertThat(build(o).get("payload")).isEqualTo(Json.parse("{\"a\":[1,2]}", "x"));
    }

    @Test
    void payloadThatIsNotJsonIsSentAsAString() {
        TuningInputOptions o = options();
        o.payload = "12abc";

        assertThat(build(o).get("payload").textValue()).isEqualTo("12abc");
    }

    @Test
    void onlyOnePayloadSourceIsAllowed() {
        TuningInputOptions o = options();
        o.payload = "{}";
        o.payloadS3 = "s3://b/k";

        assertThatThrownBy(() -> build(o)).isInstanceOf(UsageException.class).hasMessageContaining("only one of --payload");
    }

    @Test
    void falseFlagsAreWrittenWhenGivenExplicitly() {
        TuningInputOptions o = options();
        o.includeOutputResults = false;
        o.onlyColdStarts = true;
        o.allowedExceptions = List.of("TimeoutError", "Custom");

        ObjectNode input = build(o);

        assertThat(input.get("includeOutputResults").booleanValue()).isFalse();
        assertThat(input.get("onlyColdStarts").booleanValue()).isTrue();
        assertThat(input.get("allowedExceptions")).hasSize(2);
    }
}
