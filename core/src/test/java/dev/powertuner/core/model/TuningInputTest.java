package dev.powertuner.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.powertuner.core.error.InvalidInputException;
import dev.powertuner.core.error.PayloadException;
import dev.powertuner.core.strategy.Strategy;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TuningInputTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<Integer> DEFAULTS = List.of(128, 256, 512);

    private static JsonNode json(String text) throws Exception {
        return MAPPER.readTree(text.replace('\'', '"'));
    }

    private static TuningInput parse(String text) throws Exception {
        return TuningInput.parse(json(text), DEFAULTS);
    }

    @Test
    void defaultsApplyWhenFieldsAreAbsent() throws Exception {
        TuningInput in = parse("{'lambdaARN':'fn','num':'10'}");

        assertThat(in.num()).isEqualTo(10);
        assertThat(in.powerValues()).isEqualTo(DEFAULTS);
        assertThat(in.strategy()).isEqualTo(Strategy.COST);
        assertThat(in.balancedWeight()).isEqualTo(0.5);
        assertThat(in.discardTopBottom()).isEqualTo(0.2);
        assertThat(in.sleepBetweenRunsMs()).isZero();
        assertThat(in.allowedExceptions()).isEmpty();
        assertThat(in.payload()).isNull();
        assertThat(in.dryRun()).isFalse();
    }

    @Test
    void valuesAreClampedAndOnlyColdStartsForcesNoDiscard() throws Exception {
        TuningInput in = parse("{'lambdaARN':'fn','num':5,'balancedWeight':3,'discardTopBottom':0.9,"
                + "'sleepBetweenRunsMs':'25ms','powerValues':['256',128]}");
        TuningInput cold = parse("{'lambdaARN':'fn','num':5,'discardTopBottom':0.3,'onlyColdStarts':'yes'}");

        assertThat(in.balancedWeight()).isEqualTo(1.0);
        assertThat(in.discardTopBottom()).isEqualTo(0.4);
        assertThat(in.sleepBetweenRunsMs()).isZero();
        assertThat(in.powerValues()).containsExactly(256, 128);
        assertThat(cold.discardTopBottom()).isZero();
        assertThat(cold.onlyColdStarts()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "''", "0", "false", "[]"})
    void falsyOrEmptyPowerValuesUseTheDefaults(String powerValues) throws Exception {
        assertThat(parse("{'lambdaARN':'fn','num':5,'powerValues':" + powerValues + "}").powerValues())
                .isEqualTo(DEFAULTS);
    }

    @Test
    void allExpandsTo46Values() throws Exception {
        assertThat(parse("{'lambdaARN':'fn','num':5,'powerValues':'ALL'}").powerValues()).hasSize(46).startsWith(128)
                .endsWith(3008);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{'lambdaARN':'fn','num':5,'powerValues':[100]}|Invalid power value: 100",
        "{'lambdaARN':'fn','num':5,'powerValues':[10241]}|Invalid power value: 10241",
        "{'lambdaARN':'fn','num':5,'powerValues':[128.5]}|Invalid power value: 128.5",
        "{'lambdaARN':'fn','num':5,'powerValues':['big']}|Invalid power value: big",
        "{'lambdaARN':'fn','num':5,'powerValues':[128,256,128]}|Duplicate power value: 128",
        "{'lambdaARN':'fn','num':5,'strategy':'Speed'}|Invalid strategy: \"Speed\". Valid strategies are cost, speed and balanced.",
        "{'lambdaARN':'fn','num':5,'balancedWeight':'half'}|Invalid balancedWeight: half is not a number",
        "{'lambdaARN':'fn','num':5,'discardTopBottom':null}|Invalid discardTopBottom: null is not a number",
        "{'lambdaARN':'fn','num':4}|Missing num or num below 5",
        "{'lambdaARN':'fn','num':5,'autoOptimizeAlias':'42'}|Invalid autoOptimizeAlias: 42",
        "{'lambdaARN':'fn','num':5,'autoOptimizeAlias':'my alias'}|Invalid autoOptimizeAlias: my alias",
        "{'lambdaARN':'fn','num':'abc'}|Missing num or num below 5",
        "{'lambdaARN':'','num':5}|Missing or empty lambdaARN",
        "{'lambdaARN':'fn','num':5,'allowedExceptions':'Boom'}|Invalid allowedExceptions: expected a list of strings, got \"Boom\""})
    void invalidInputIsRejectedUpFront(String input, String message) {
        assertThatThrownBy(() -> parse(input)).isInstanceOf(InvalidInputException.class).hasMessage(message);
    }

    @Test
    void numIsCheckedBeforeTheArnSyntaxAsTheInitializerDoes() {
        assertThatThrownBy(() -> parse("{'lambdaARN':'arn:aws','num':4}")).isInstanceOf(InvalidInputException.class)
                .hasMessage("Missing num or num below 5");
        assertThatThrownBy(() -> parse("{'lambdaARN':'arn:aws','num':5}")).isInstanceOf(InvalidInputException.class)
                .hasMessage("Invalid ARN: arn:aws");
    }

    @Test
    void weightedPayloadIsCheckedAgainstNum() {
        assertThatThrownBy(() -> parse("{'lambdaARN':'fn','num':5,'payload':[{'payload':1,'weight':10},"
                + "{'payload':2,'weight':60},{'payload':3,'weight':30}]}"))
                .isInstanceOf(PayloadException.class).hasMessage("Invalid payload weight (num is too small)");
        assertThatThrownBy(() -> parse("{'lambdaARN':'fn','num':5,'payloadS3':'bucket/key'}"))
                .isInstanceOf(PayloadException.class).hasMessageContaining("Invalid S3 path");
    }
}
