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
                + "'sleepBetweenRunsMs':'25','powerValues':['256',128]}");
        TuningInput cold = parse("{'lambdaARN':'fn','num':5,'discardTopBottom':0.3,'onlyColdStarts':true}");

        assertThat(in.balancedWeight()).isEqualTo(1.0);
        assertThat(in.discardTopBottom()).isEqualTo(0.4);
        assertThat(in.sleepBetweenRunsMs()).isEqualTo(25);
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
        "{'lambdaARN':'fn','num':5,'balancedWeight':'half'}|Invalid balancedWeight: \"half\" is not a number (balancedWeight"
            + " is a number from 0 (speed only) to 1 (cost only); leave it out for 0.5)",
        "{'lambdaARN':'fn','num':5,'discardTopBottom':null}|Invalid discardTopBottom: null is not a number (discardTopBottom"
            + " is a share from 0 to 0.4; leave it out for 0.2)",
        "{'lambdaARN':'fn','num':4}|Missing num or num below 5",
        "{'lambdaARN':'fn','num':5,'autoOptimizeAlias':'42'}|Invalid autoOptimizeAlias: 42",
        "{'lambdaARN':'fn','num':5,'autoOptimizeAlias':'my alias'}|Invalid autoOptimizeAlias: my alias",
        "{'lambdaARN':'fn','num':'abc'}|Invalid num: \"abc\" (num must be a whole number from 5 to 900000)",
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

    @Test
    void numericStringsForDecimalsAreReadAsTheReferenceDoes() throws Exception {
        TuningInput in = parse("{'lambdaARN':'fn','num':5,'balancedWeight':'0.3','discardTopBottom':' 0.1 '}");

        assertThat(in.balancedWeight()).isEqualTo(0.3);
        assertThat(in.discardTopBottom()).isEqualTo(0.1);
    }

    @Test
    void nullWeightIsRefusedWhereTheReferenceWouldReadZero() {
        assertThatThrownBy(() -> parse("{'lambdaARN':'fn','num':5,'balancedWeight':null}"))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("Invalid balancedWeight: null is not a number");
    }

    @Test
    void autoOptimizeAliasWithoutAutoOptimizeIsRefused() throws Exception {
        assertThatThrownBy(() -> parse("{'lambdaARN':'fn','num':5,'autoOptimizeAlias':'live'}"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("autoOptimizeAlias \"live\" is given but autoOptimize is not true, so nothing would be optimized:"
                        + " add \"autoOptimize\": true, or leave autoOptimizeAlias out");
        assertThat(parse("{'lambdaARN':'fn','num':5,'autoOptimizeAlias':'live','autoOptimize':true}").autoOptimizeAlias())
                .isEqualTo("live");
    }

    @Test
    void payloadS3WinsSoTheInlinePayloadIsNotChecked() throws Exception {
        TuningInput in = parse("{'lambdaARN':'fn','num':5,'payloadS3':'s3://b/k','payload':[{'payload':1,'weight':'x'}]}");

        assertThat(in.payloadS3()).isEqualTo("s3://b/k");
    }

    @Test
    void powerValuesThatAreNotAListSayTheyMustBe() {
        assertThatThrownBy(() -> parse("{'lambdaARN':'fn','num':5,'powerValues':512}")).isInstanceOf(InvalidInputException.class)
                .hasMessage("Invalid powerValues: 512 (powerValues must be a list of memory sizes in MB, e.g. [128, 256, 512],"
                        + " or \"ALL\")");
    }

    @ParameterizedTest
    @ValueSource(strings = {"'my fn'", "5", "true", "{'a':1}", "'arn:aws:lambda:us-east-1:1:function'", "'arn:aws:s3:::bucket'",
        "'123456789012:function:a:b:c'"})
    void processorsThatInvokeCouldNotCallAreRefused(String value) {
        for (String field : List.of("preProcessorARN", "postProcessorARN")) {
            assertThatThrownBy(() -> parse("{'lambdaARN':'fn','num':5,'" + field + "':" + value + "}"))
                    .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("Invalid " + field + ": ")
                    .hasMessageContaining("is not a function name or ARN");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"pre", "pre:live", "123456789012:function:pre", "arn:aws:lambda:eu-west-1:123456789012:function:pre",
        "arn:aws:lambda:eu-west-1:123456789012:function:pre:7"})
    void processorsMayBeNamesOrArnsWithOrWithoutQualifier(String value) throws Exception {
        assertThat(parse("{'lambdaARN':'fn','num':5,'preProcessorARN':'" + value + "'}").preProcessorArn()).isEqualTo(value);
        assertThat(parse("{'lambdaARN':'fn','num':5,'preProcessorARN':''}").preProcessorArn()).isNull();
    }

    @Test
    void sleepsOfOnePowerValueMustFitAnExecutorInSeries() throws Exception {
        assertThatThrownBy(() -> parse("{'lambdaARN':'fn','num':10,'sleepBetweenRunsMs':100000}"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("num × sleepBetweenRunsMs = 10 × 100000 ms = 1000000 ms of sleeping for one power value, above"
                        + " 900000 ms: Lambda stops an Executor after 15 minutes. Lower num or sleepBetweenRunsMs");
        assertThat(parse("{'lambdaARN':'fn','num':10,'sleepBetweenRunsMs':100000,'parallelInvocation':true}")
                .sleepBetweenRunsMs()).isEqualTo(100_000);
    }
}
