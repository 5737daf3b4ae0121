package dev.powertuner.core.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.powertuner.core.error.InvalidInputException;
import dev.powertuner.core.strategy.Strategy;
import org.junit.jupiter.api.Test;

class RunStateReaderTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.ALLOW_SINGLE_QUOTES);
    private static final String ARN = "arn:aws:lambda:eu-west-1:123456789012:function:fn";

    private static RunState read(String json) throws Exception {
        return RunStateReader.read(MAPPER.readTree(json));
    }

    @Test
    void theRecordedValuesWinOverTheInputs() throws Exception {
        RunState s = read("{'lambdaARN':'fn','num':'9','onlyColdStarts':false,'lambdaConfigurations':{'lambdaARN':'"
                + ARN + "','num':5,'onlyColdStarts':true,'powerValues':['128',256]}}");
        assertThat(s.function()).isEqualTo(ARN);
        assertThat(s.num()).isEqualTo(5);
        assertThat(s.onlyColdStarts()).isTrue();
        assertThat(s.recorded().powerValues()).containsExactly(128, 256);
        assertThat(s.recorded().validatedNum()).isEqualTo(5);
    }

    @Test
    void withoutRecordedValuesTheInputsCountWithTheReferenceSemantics() throws Exception {
        RunState s = read("{'lambdaARN':'fn','num':'12abc','onlyColdStarts':true,'autoOptimizeAlias':'',"
                + "'preProcessorARN':0,'payload':'','payloadS3':'s3://b/k','balancedWeight':3}");
        assertThat(s.num()).isEqualTo(12);
        assertThat(s.onlyColdStarts()).isTrue();
        assertThat(s.input().discardTopBottom().get()).isZero();
        assertThat(s.input().autoOptimizeAlias()).isNull();
        assertThat(s.input().preProcessorArn()).isNull();
        assertThat(s.input().payload()).isNull();
        assertThat(s.input().payloadS3().textValue()).isEqualTo("s3://b/k");
        assertThat(s.input().balancedWeight()).isEqualTo(1.0);
        assertThat(s.input().strategy().get()).isEqualTo(Strategy.COST);
        assertThat(s.recorded().present()).isFalse();
        assertThat(s.recorded().powerValues()).isNull();
    }

    @Test
    void aBadFieldFailsOnlyWhenAStepUsesIt() throws Exception {
        RunState s = read("{'lambdaARN':'','dryRun':'yes','strategy':'fastest','analysis':{'power':'x'}}");
        assertThat(s.input().dryRun().failed()).isTrue();
        assertThatThrownBy(s::function).isInstanceOf(InvalidInputException.class)
                .hasMessage("Missing or empty lambdaARN");
        assertThatThrownBy(() -> s.input().dryRun().get()).hasMessageContaining("Invalid dryRun");
        assertThatThrownBy(() -> s.input().strategy().get()).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> s.stats().get()).hasMessageStartingWith("Wrong input {");
        assertThat(s.optimalPower()).isNull();
        assertThat(s.input().parallelInvocation().get()).isFalse();
    }

    @Test
    void aStateThatIsNotAnObjectReadsAsEmpty() {
        JsonNode array = MAPPER.createArrayNode();
        RunState s = RunStateReader.read(array);
        assertThatThrownBy(s::function).hasMessage("Missing or empty lambdaARN");
        assertThat(s.num()).isZero();
        assertThat(RunStateReader.read(null).input().allowedExceptions()).isEmpty();
    }
}
