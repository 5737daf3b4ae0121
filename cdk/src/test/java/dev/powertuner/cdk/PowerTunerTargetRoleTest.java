package dev.powertuner.cdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.CfnElement;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class PowerTunerTargetRoleTest {
    private static final String TUNER_ROLE = "arn:aws:iam::111111111111:role/powertuner-ExecutorRole-AbC";
    private static final String RESOURCE = "arn:aws:lambda:*:222222222222:function:shop-*";

    private static Stack stack(PowerTunerTargetRoleProps props) {
        Stack stack = new Stack(new App(), "TargetAccount");
        new PowerTunerTargetRole(stack, "TargetRole", props);
        return stack;
    }

    private static PowerTunerTargetRoleProps.Builder props() {
        return PowerTunerTargetRoleProps.builder().tunerAccountIds(List.of("111111111111"));
    }

    @Test
    void tunerAccountMayAssumeItWithTheExternalIdAndItMayDoOnlyTheTunersLambdaActions() {
        Template template = Template.fromStack(stack(props().externalId("tuner-7f3a").lambdaResource(RESOURCE)
                .roleName("powertuner-target").build()));

        TargetRoleTemplate.assertTrust(template, List.of(":iam::111111111111:root"), "tuner-7f3a");
        TargetRoleTemplate.assertPermissions(template, List.of(RESOURCE, RESOURCE + ":*"));
        template.hasResourceProperties("AWS::IAM::Role", Match.objectLike(Map.of("RoleName", "powertuner-target")));
    }

    @Test
    void tunerRolesAndAccountsAreTrustedTogetherWithoutACondition() {
        Template template = Template.fromStack(stack(props().tunerRoleArns(List.of(TUNER_ROLE)).build()));

        TargetRoleTemplate.assertTrust(template, List.of(":iam::111111111111:root", TUNER_ROLE), null);
        TargetRoleTemplate.assertPermissions(template, "*");
        assertThat(Synth.properties(template.findResources("AWS::IAM::Role").values().iterator().next()))
                .doesNotContainKey("RoleName");
    }

    @Test
    void roleArnIsTheRolesArnAttributeAndSynthesisRaisesNoWarnings() {
        Stack stack = new Stack(new App(), "TargetAccount");
        PowerTunerTargetRole role = new PowerTunerTargetRole(stack, "TargetRole",
                PowerTunerTargetRoleProps.builder().tunerRoleArns(List.of(TUNER_ROLE)).build());
        String roleId = stack.getLogicalId((CfnElement) role.getRole().getNode().getDefaultChild());

        assertThat(stack.resolve(role.getRoleArn())).isEqualTo(Map.of("Fn::GetAtt", List.of(roleId, "Arn")));
        assertThat(Annotations.fromStack(stack).findWarning("*", Match.anyValue())).isEmpty();
    }

    @Test
    void invalidPropsNameTheProperty() {
        assertInvalid(b -> b.tunerAccountIds(List.of()), "tunerAccountIds or tunerRoleArns");
        assertInvalid(b -> b.tunerAccountIds(List.of("1111")), "tunerAccountIds");
        assertInvalid(b -> b.tunerRoleArns(List.of("arn:aws:iam::111111111111:user/u")), "tunerRoleArns");
        assertInvalid(b -> b.externalId("x"), "externalId");
        assertInvalid(b -> b.externalId("with space"), "externalId");
        assertInvalid(b -> b.lambdaResource(" "), "lambdaResource");
        assertInvalid(b -> b.roleName("a/b"), "roleName");
        assertThat(props().externalId(" ").roleName("").build().externalId()).isNull();
    }

    private static void assertInvalid(UnaryOperator<PowerTunerTargetRoleProps.Builder> change, String property) {
        assertThatThrownBy(() -> change.apply(props()).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(property);
    }
}
