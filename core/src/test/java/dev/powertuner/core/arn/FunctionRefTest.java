package dev.powertuner.core.arn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.powertuner.core.error.InvalidInputException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FunctionRefTest {

    @Test
    void fullArnKeepsItsRegion() {
        FunctionRef ref = FunctionRef.parse("arn:aws:lambda:eu-west-1:123456789012:function:my-fn");

        assertThat(ref.function()).isEqualTo("arn:aws:lambda:eu-west-1:123456789012:function:my-fn");
        assertThat(ref.region()).contains("eu-west-1");
    }

    @Test
    void nameIsTheSameForEveryFormOfOneFunction() {
        assertThat(FunctionRef.parse("arn:aws:lambda:eu-west-1:123456789012:function:my-fn").name()).isEqualTo("my-fn");
        assertThat(FunctionRef.parse("123456789012:function:my-fn").name()).isEqualTo("my-fn");
        assertThat(FunctionRef.parse("my-fn:$LATEST").name()).isEqualTo("my-fn");
    }

    @Test
    void partialArnAndNameHaveNoRegion() {
        assertThat(FunctionRef.parse("123456789012:function:my_fn").function()).isEqualTo("123456789012:function:my_fn");
        assertThat(FunctionRef.parse("my_fn").region()).isEqualTo(Optional.empty());
    }

    @ParameterizedTest
    @CsvSource({"arn:aws:lambda:us-east-1:123456789012:function:f:$LATEST, arn:aws:lambda:us-east-1:123456789012:function:f",
        "123456789012:function:f:$LATEST, 123456789012:function:f", "f:$LATEST, f"})
    void trailingLatestIsDropped(String input, String function) {
        assertThat(FunctionRef.parse(input).function()).isEqualTo(function);
        assertThat(FunctionRef.parse(input).input()).isEqualTo(input);
    }

    @ParameterizedTest
    @CsvSource({"arn:aws:lambda:us-east-1:123456789012:function:f:prod, prod", "123456789012:function:f:7, 7",
        "f:live, live"})
    void qualifiedInputIsRejectedWithTheExactMessage(String input, String qualifier) {
        assertThatThrownBy(() -> FunctionRef.parse(input)).isInstanceOf(InvalidInputException.class)
                .hasMessage("lambdaARN must be unqualified: \"" + input + "\" names the version or alias \"" + qualifier
                        + "\", but powertuner publishes its own versions and aliases from $LATEST."
                        + " Pass the function name or its unqualified ARN.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"arn:aws", "arn:aws:s3:us-east-1:123456789012:function:f", "arn:aws:lambda:us-east-1:1:layer:f",
        "arn:aws:lambda::123456789012:function:f", "has space",
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "a/b", "12345:function:f"})
    void malformedValuesAreInvalidArns(String input) {
        assertThatThrownBy(() -> FunctionRef.parse(input)).isInstanceOf(InvalidInputException.class)
                .hasMessage("Invalid ARN: " + input);
    }

    @Test
    void falsyValuesAreMissingAndNonStringsInvalid() {
        for (var falsy : new com.fasterxml.jackson.databind.JsonNode[] {NullNode.getInstance(), TextNode.valueOf(""),
            BooleanNode.FALSE, IntNode.valueOf(0)}) {
            assertThatThrownBy(() -> FunctionRef.parse(falsy)).hasMessage("Missing or empty lambdaARN");
        }
        assertThatThrownBy(() -> FunctionRef.parse(IntNode.valueOf(10))).hasMessage("Invalid ARN: 10");
    }

    @Test
    void regionHelpers() {
        assertThat(Arns.regionOr("arn:aws:lambda:eu-south-1:123456789012:function:f", "us-east-1")).isEqualTo("eu-south-1");
        assertThat(Arns.regionOr("123456789012:function:f", "us-east-1")).isEqualTo("us-east-1");
        assertThat(Arns.regionOr("f", "us-west-2")).isEqualTo("us-west-2");
        assertThat(Arns.unqualified("arn:aws:lambda:ap-east-1:1:function:f:$LATEST")).isEqualTo("arn:aws:lambda:ap-east-1:1:function:f");
    }
}
