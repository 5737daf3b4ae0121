package dev.powertuner.cdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.services.lambda.Architecture;

class PowerTunerPropsTest {
    @Test
    void defaultsAreTheReferenceParameterDefaults() {
        PowerTunerProps props = Synth.props().build();

        assertThat(props.powerValues()).containsExactly(128, 256, 512, 1024, 1536, 3008);
        assertThat(props.visualizationUrl()).isEqualTo("https://lambda-power-tuning.show/");
        assertThat(props.lambdaResource()).isEqualTo("*");
        assertThat(props.totalExecutionTimeout()).isEqualTo(300);
        assertThat(props.permissionsBoundary()).isNull();
        assertThat(props.payloadS3Bucket()).isNull();
        assertThat(props.payloadS3Key()).isEqualTo("*");
        assertThat(props.logGroupRetentionInDays()).isEqualTo(7);
        assertThat(props.securityGroupIds()).isEmpty();
        assertThat(props.subnetIds()).isEmpty();
        assertThat(props.stateMachineNamePrefix()).isEqualTo("powerTuningStateMachine");
        assertThat(props.priceOverrides()).isNull();
        assertThat(props.architecture()).isEqualTo(Architecture.ARM_64);
    }

    @Test
    void definitionFileAndCrossAccountRolesDefaultToNone() {
        PowerTunerProps props = Synth.props().build();

        assertThat(props.definitionFile()).isNull();
        assertThat(props.crossAccountRoleArns()).isEmpty();
    }

    @Test
    void crossAccountRoleArnsMustBeDistinctIamRoleArns() {
        assertInvalid(b -> b.crossAccountRoleArns(List.of("arn:aws:iam::222222222222:user/u")), "crossAccountRoleArns");
        assertInvalid(b -> b.crossAccountRoleArns(List.of("arn:aws:iam::*:role/powertuner-target")),
                "crossAccountRoleArns");
        assertInvalid(b -> b.crossAccountRoleArns(List.of("arn:aws:iam::222222222222:role/t",
                "arn:aws:iam::222222222222:role/t")), "crossAccountRoleArns");
        assertThatThrownBy(() -> Synth.props().crossAccountRoleArns(List.of("powertuner-target")).build())
                .hasMessageContaining("IAM role ARNs arn:<partition>:iam::<12-digit account>:role/<path/name>");
        assertThat(Synth.props().crossAccountRoleArns(List.of("arn:aws:iam::222222222222:role/a/b")).build()
                .crossAccountRoleArns()).containsExactly("arn:aws:iam::222222222222:role/a/b");
    }

    @Test
    void totalExecutionTimeoutMustBeBetween10And900() {
        assertInvalid(b -> b.totalExecutionTimeout(9), "totalExecutionTimeout");
        assertInvalid(b -> b.totalExecutionTimeout(901), "totalExecutionTimeout");
        assertThat(Synth.props().totalExecutionTimeout(10).build().totalExecutionTimeout()).isEqualTo(10);
        assertThat(Synth.props().totalExecutionTimeout(900).build().totalExecutionTimeout()).isEqualTo(900);
    }

    @Test
    void powerValuesMustBeDistinctLambdaMemorySizes() {
        assertInvalid(b -> b.powerValues(List.of()), "powerValues");
        assertInvalid(b -> b.powerValues(List.of(127)), "powerValues");
        assertInvalid(b -> b.powerValues(List.of(128, 10_241)), "powerValues");
        assertInvalid(b -> b.powerValues(List.of(256, 256)), "powerValues");
    }

    @Test
    void stateMachineNamePrefixFollowsTheReferencePatternAndLength() {
        assertInvalid(b -> b.stateMachineNamePrefix("a".repeat(44)), "stateMachineNamePrefix");
        assertInvalid(b -> b.stateMachineNamePrefix("with space"), "stateMachineNamePrefix");
        assertInvalid(b -> b.stateMachineNamePrefix("dots.not.allowed"), "stateMachineNamePrefix");
        assertThat(Synth.props().stateMachineNamePrefix("A-b_9".repeat(8) + "abc").build().stateMachineNamePrefix())
                .hasSize(43);
    }

    @Test
    void logGroupRetentionMustBeACloudWatchRetentionPeriod() {
        assertInvalid(b -> b.logGroupRetentionInDays(8), "logGroupRetentionInDays");
        assertInvalid(b -> b.logGroupRetentionInDays(0), "logGroupRetentionInDays");
        assertThat(Synth.props().logGroupRetentionInDays(3653).build().logGroupRetentionInDays()).isEqualTo(3653);
    }

    @Test
    void securityGroupsAndSubnetsComeTogether() {
        assertInvalid(b -> b.securityGroupIds(List.of("sg-1")), "securityGroupIds and subnetIds");
        assertInvalid(b -> b.subnetIds(List.of("subnet-1")), "securityGroupIds and subnetIds");
    }

    @Test
    void priceOverridesMustBeAJsonObjectAndAreStoredCompact() {
        assertInvalid(b -> b.priceOverrides("{not json"), "priceOverrides");
        assertInvalid(b -> b.priceOverrides("[1, 2]"), "priceOverrides");
        assertThat(Synth.props().priceOverrides("{ \"a\" : 1 }").build().priceOverrides()).isEqualTo("{\"a\":1}");
        assertThat(Synth.props().priceOverrides("  ").build().priceOverrides()).isNull();
    }

    @Test
    void priceOverridesMustLeaveTheFunctionsEnvironmentWithinLambdasFourKilobytes() {
        assertThatThrownBy(() -> Synth.props().priceOverrides(lambdaPrices(100)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("priceOverrides").hasMessageContaining("4096");
        assertThat(Synth.props().priceOverrides(lambdaPrices(60)).build().priceOverrides()).hasSizeGreaterThan(2000);
    }

    @Test
    void urlsResourcesAndArchitectureAreRequired() {
        assertInvalid(b -> b.visualizationUrl("lambda-power-tuning.show"), "visualizationUrl");
        assertInvalid(b -> b.lambdaResource(" "), "lambdaResource");
        assertInvalid(b -> b.payloadS3Key(""), "payloadS3Key");
        assertInvalid(b -> b.architecture(null), "architecture");
    }

    @Test
    void blankBoundaryAndBucketMeanNone() {
        PowerTunerProps props = Synth.props().permissionsBoundary("").payloadS3Bucket(" ").build();

        assertThat(props.permissionsBoundary()).isNull();
        assertThat(props.payloadS3Bucket()).isNull();
    }

    /** A priceOverrides document with one x86_64 duration price for each of {@code regions} made-up regions. */
    private static String lambdaPrices(int regions) {
        StringBuilder json = new StringBuilder("{\"lambda\": {");
        for (int i = 0; i < regions; i++) {
            json.append(i == 0 ? "" : ", ").append("\"region-").append(i).append("\": {\"x86_64\": {\"gbSecond\": 0.0000166667}}");
        }
        return json.append("}}").toString();
    }

    private static void assertInvalid(UnaryOperator<PowerTunerProps.Builder> change, String propName) {
        assertThatThrownBy(() -> change.apply(Synth.props()).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(propName);
    }
}
