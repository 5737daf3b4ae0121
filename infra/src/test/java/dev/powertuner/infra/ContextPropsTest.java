package dev.powertuner.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.powertuner.cdk.PowerTunerProps;
import dev.powertuner.cdk.PowerTunerTargetRoleProps;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.services.lambda.Architecture;

class ContextPropsTest {
    private static PowerTunerProps fromContext(Map<String, Object> context) {
        App app = App.Builder.create().context(context).build();
        return PowerTunerStack.propsFromContext(app).code(Synth.props().build().code()).build();
    }

    private static PowerTunerTargetRoleProps targetRoleFromContext(Map<String, Object> context) {
        App app = App.Builder.create().context(context).build();
        assertThat(ContextProps.targetRoleRequested(app.getNode())).isTrue();
        return ContextProps.readTargetRole(app.getNode());
    }

    @Test
    void commandLineStringsUseTheReferenceParameterNames() {
        PowerTunerProps props = fromContext(Map.ofEntries(
                Map.entry("PowerValues", "128, 512,1024"),
                Map.entry("visualizationURL", "https://viz.example.com/"),
                Map.entry("lambdaResource", "arn:aws:lambda:*:*:function:app-*"),
                Map.entry("totalExecutionTimeout", "600"),
                Map.entry("permissionsBoundary", "arn:aws:iam::123456789012:policy/b"),
                Map.entry("payloadS3Bucket", "bucket"),
                Map.entry("payloadS3Key", "in/*"),
                Map.entry("logGroupRetentionInDays", "14"),
                Map.entry("securityGroupIds", "sg-1,sg-2"),
                Map.entry("subnetIds", "subnet-1"),
                Map.entry("stateMachineNamePrefix", "tuner"),
                Map.entry("priceOverrides", "{\"a\": 1}"),
                Map.entry("architecture", "x86_64"),
                Map.entry("crossAccountRoleArns", "arn:aws:iam::222222222222:role/t, arn:aws:iam::333333333333:role/t")));

        assertThat(props.powerValues()).containsExactly(128, 512, 1024);
        assertThat(props.visualizationUrl()).isEqualTo("https://viz.example.com/");
        assertThat(props.lambdaResource()).isEqualTo("arn:aws:lambda:*:*:function:app-*");
        assertThat(props.totalExecutionTimeout()).isEqualTo(600);
        assertThat(props.permissionsBoundary()).isEqualTo("arn:aws:iam::123456789012:policy/b");
        assertThat(props.payloadS3Bucket()).isEqualTo("bucket");
        assertThat(props.payloadS3Key()).isEqualTo("in/*");
        assertThat(props.logGroupRetentionInDays()).isEqualTo(14);
        assertThat(props.securityGroupIds()).containsExactly("sg-1", "sg-2");
        assertThat(props.subnetIds()).containsExactly("subnet-1");
        assertThat(props.stateMachineNamePrefix()).isEqualTo("tuner");
        assertThat(props.priceOverrides()).isEqualTo("{\"a\":1}");
        assertThat(props.architecture()).isEqualTo(Architecture.X86_64);
        assertThat(props.crossAccountRoleArns())
                .containsExactly("arn:aws:iam::222222222222:role/t", "arn:aws:iam::333333333333:role/t");
    }

    @Test
    void tunerAccountsOrRolesInTheContextSelectTheTargetRoleWithItsOwnKeys() {
        PowerTunerTargetRoleProps props = targetRoleFromContext(Map.of(
                "tunerAccountIds", "111111111111",
                "tunerRoleArns", List.of("arn:aws:iam::111111111111:role/tuner-executor"),
                "externalId", "tuner-7f3a",
                "lambdaResource", "arn:aws:lambda:*:222222222222:function:shop-*",
                "targetRoleName", "shop-tuning"));

        assertThat(props.tunerAccountIds()).containsExactly("111111111111");
        assertThat(props.tunerRoleArns()).containsExactly("arn:aws:iam::111111111111:role/tuner-executor");
        assertThat(props.externalId()).isEqualTo("tuner-7f3a");
        assertThat(props.lambdaResource()).isEqualTo("arn:aws:lambda:*:222222222222:function:shop-*");
        assertThat(props.roleName()).isEqualTo("shop-tuning");
        assertThat(targetRoleFromContext(Map.of("tunerAccountIds", "111111111111")).roleName())
                .isEqualTo("powertuner-target");
        assertThatThrownBy(() -> targetRoleFromContext(Map.of("tunerAccountIds", "1111")))
                .hasMessageContaining("tunerAccountIds");
    }

    @Test
    void cdkJsonValuesMayBeNumbersListsAndObjects() {
        PowerTunerProps props = fromContext(Map.of(
                "PowerValues", List.of(256, 3008),
                "totalExecutionTimeout", 900,
                "subnetIds", List.of("subnet-1"),
                "securityGroupIds", List.of("sg-1"),
                "priceOverrides", Map.of("b", 2)));

        assertThat(props.powerValues()).containsExactly(256, 3008);
        assertThat(props.totalExecutionTimeout()).isEqualTo(900);
        assertThat(props.subnetIds()).containsExactly("subnet-1");
        assertThat(props.priceOverrides()).isEqualTo("{\"b\":2}");
    }

    @Test
    void emptyContextGivesTheDefaults() {
        PowerTunerProps props = fromContext(Map.of("securityGroupIds", "", "subnetIds", "", "tunerAccountIds", ""));

        assertThat(props.powerValues()).containsExactly(128, 256, 512, 1024, 1536, 3008);
        assertThat(props.securityGroupIds()).isEmpty();
        assertThat(props.architecture()).isEqualTo(Architecture.ARM_64);
        assertThat(props.crossAccountRoleArns()).isEmpty();
    }

    @Test
    void unparseableValuesNameTheirContextKey() {
        assertThatThrownBy(() -> fromContext(Map.of("PowerValues", "128,big")))
                .hasMessageContaining("PowerValues");
        assertThatThrownBy(() -> fromContext(Map.of("totalExecutionTimeout", "five")))
                .hasMessageContaining("totalExecutionTimeout");
        assertThatThrownBy(() -> fromContext(Map.of("architecture", "sparc")))
                .hasMessageContaining("architecture");
    }
}
