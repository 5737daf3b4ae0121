package dev.powertuner.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.powertuner.statemachine.TunerStep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.lambda.Code;

/** The tuner with default props: one synth for the whole class, plus the contract every tuner template meets. */
class PowerTunerTest extends PowerTunerContract {
    private static Stack stack;
    private static Template template;

    @BeforeAll
    static void synth() {
        stack = Synth.stack(Synth.props().build());
        template = Template.fromStack(stack);
    }

    @Override
    Template template() {
        return template;
    }

    @Override
    int expectedTimeout() {
        return 300;
    }

    @Override
    Object expectedLambdaResources() {
        return "*";
    }

    @Override
    List<String> expectedCrossAccountRoleArns() {
        return List.of();
    }

    @Test
    void functionsRunOnArm64WithTheDefaultEnvironment() {
        for (TunerStep spec : TunerStep.values()) {
            assertThat(Synth.function(template, spec).get("Architectures")).isEqualTo(List.of("arm64"));
            assertThat(Synth.environment(template, spec)).containsEntry("defaultPowerValues", "128,256,512,1024,1536,3008")
                    .containsEntry("visualizationURL", "https://lambda-power-tuning.show/")
                    .doesNotContainKeys("priceOverrides", "AWS_REGION");
        }
    }

    @Test
    void logGroupsKeepLogsSevenDays() {
        template.allResourcesProperties("AWS::Logs::LogGroup", Map.of("RetentionInDays", 7));
    }

    @Test
    void functionRolesWriteOnlyToTheirLogGroupAndHaveNoS3AccessOrManagedPolicies() {
        template.resourceCountIs("AWS::IAM::ManagedPolicy", 0);
        for (TunerStep spec : TunerStep.values()) {
            assertThat(Synth.actionsOf(template, spec, "logs:"))
                    .containsExactlyInAnyOrder("logs:CreateLogStream", "logs:PutLogEvents");
            assertThat(Synth.actionsOf(template, spec, "s3:")).isEmpty();
            assertThat(Synth.properties(template.findResources("AWS::IAM::Role").get(Synth.roleId(template, spec))))
                    .doesNotContainKeys("ManagedPolicyArns", "PermissionsBoundary");
        }
    }

    @Test
    void stateMachineIsStandardAndNamedPrefixDashStackUuid() {
        Map<String, Object> props = Synth.properties(
                template.findResources("AWS::StepFunctions::StateMachine").values().iterator().next());
        assertThat(props.get("StateMachineType")).isEqualTo("STANDARD");
        String name = String.valueOf(props.get("StateMachineName"));
        assertThat(name).contains("powerTuningStateMachine-").contains("AWS::StackId").contains("Fn::Split");
    }

    @Test
    void newHandlerCodePublishesNewSnapStartVersionsThatTheAliasesFollow(@TempDir Path otherCode) throws Exception {
        // given the same props with different handler code
        Files.writeString(otherCode.resolve("README.txt"), "another build of the handlers");

        // when
        Template changed = Template.fromStack(Synth.stack(Synth.props().code(Code.fromAsset(otherCode.toString())).build()));

        // then every version is a new resource (CloudFormation publishes it, taking a new snapshot) and no old one stays
        Map<String, Map<String, Object>> before = template.findResources("AWS::Lambda::Version");
        Map<String, Map<String, Object>> after = changed.findResources("AWS::Lambda::Version");
        assertThat(after).hasSize(6);
        assertThat(after.keySet()).doesNotContainAnyElementsOf(before.keySet());
        for (Map<String, Object> alias : changed.findResources("AWS::Lambda::Alias").values()) {
            String version = String.valueOf(Synth.properties(alias).get("FunctionVersion"));
            assertThat(after.keySet()).anyMatch(version::contains);
        }
    }

    @Test
    void synthesisRaisesNoWarningsOrErrors() {
        Annotations annotations = Annotations.fromStack(stack);
        assertThat(annotations.findWarning("*", Match.anyValue())).isEmpty();
        assertThat(annotations.findError("*", Match.anyValue())).isEmpty();
    }
}
