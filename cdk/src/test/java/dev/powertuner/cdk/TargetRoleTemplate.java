package dev.powertuner.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.assertions.Capture;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/**
 * What a {@link PowerTunerTargetRole} template must show: run on {@code Template.fromStack} here and on the target
 * account stack the example app synthesizes against the installed library.
 */
final class TargetRoleTemplate {
    private TargetRoleTemplate() {
    }

    /**
     * One role whose trust lets exactly the given principals {@code sts:AssumeRole}: each item is a fragment of one
     * rendered principal (an account id, a role ARN); with an external id, only when it is sent.
     */
    @SuppressWarnings("unchecked")
    static void assertTrust(Template template, List<String> principalFragments, String externalId) {
        template.resourceCountIs("AWS::IAM::Role", 1);
        template.hasResourceProperties("AWS::IAM::Role", Match.objectLike(Map.of("MaxSessionDuration", 3600,
                "AssumeRolePolicyDocument", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(
                        Match.objectLike(Map.of("Action", "sts:AssumeRole", "Effect", "Allow")))))))));
        Map<String, Object> role = Synth.properties(template.findResources("AWS::IAM::Role").values().iterator().next());
        List<String> principals = new ArrayList<>();
        for (Map<String, Object> statement : (List<Map<String, Object>>)
                ((Map<String, Object>) role.get("AssumeRolePolicyDocument")).get("Statement")) {
            assertThat(statement.get("Action")).isEqualTo("sts:AssumeRole");
            assertThat(statement.get("Effect")).isEqualTo("Allow");
            assertThat(statement.get("Condition")).isEqualTo(externalId == null ? null
                    : Map.of("StringEquals", Map.of("sts:ExternalId", externalId)));
            Map<String, Object> principal = (Map<String, Object>) statement.get("Principal");
            assertThat(principal).containsOnlyKeys("AWS");
            if (principal.get("AWS") instanceof List) {
                ((List<Object>) principal.get("AWS")).forEach(p -> principals.add(String.valueOf(p)));
            } else {
                principals.add(String.valueOf(principal.get("AWS")));
            }
        }
        assertThat(principals).hasSameSizeAs(principalFragments);
        for (String fragment : principalFragments) {
            assertThat(principals).as("a principal naming " + fragment).anyMatch(p -> p.contains(fragment));
        }
    }

    /** The role's only policy: the Lambda actions of the tuner's functions on {@code resources}, nothing else. */
    static void assertPermissions(Template template, Object resources) {
        template.resourceCountIs("AWS::IAM::Policy", 1);
        template.resourceCountIs("AWS::IAM::ManagedPolicy", 0);
        Capture actions = new Capture();
        template.hasResourceProperties("AWS::IAM::Policy", Match.objectLike(Map.of("PolicyDocument",
                Match.objectLike(Map.of("Statement", List.of(Map.of(
                        "Action", actions, "Effect", "Allow", "Resource", resources)))))));
        assertThat(actions.asArray()).containsExactlyInAnyOrder("lambda:GetFunctionConfiguration",
                "lambda:UpdateFunctionConfiguration", "lambda:PublishVersion", "lambda:GetAlias", "lambda:CreateAlias",
                "lambda:UpdateAlias", "lambda:DeleteAlias", "lambda:DeleteFunction", "lambda:ListVersionsByFunction",
                "lambda:InvokeFunction");
        Map<String, Object> role = Synth.properties(template.findResources("AWS::IAM::Role").values().iterator().next());
        assertThat(role).doesNotContainKey("ManagedPolicyArns");
    }
}
