package dev.powertuner.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Capture;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The stack's own parts (outputs, conditions); the construct's template is tested in powertuner-cdk. */
class PowerTunerStackTest {
    private static PowerTunerStack stack;
    private static Template template;

    @BeforeAll
    static void synth() {
        stack = Synth.stack(Synth.props().build());
        template = Template.fromStack(stack);
    }

    @Test
    void holdsOneTuner() {
        template.resourceCountIs("AWS::StepFunctions::StateMachine", 1);
        template.resourceCountIs("AWS::Lambda::Function", 6);
    }

    @Test
    void outputsTheStateMachineArnAndConsoleUrlButNoTunerRolesWithoutCrossAccountRoles() {
        template.hasOutput("StateMachineARN", Match.objectLike(Map.of("Value", Match.objectLike(Map.of()))));
        Map<String, Map<String, Object>> outputs = template.findOutputs("*");
        assertThat(outputs).containsOnlyKeys("StateMachineARN", "StateMachineConsoleURL");
        assertThat(String.valueOf(outputs.get("StateMachineConsoleURL").get("Value")))
                .contains("/states/home?region=").contains("#/statemachines/view/");
    }

    @Test
    void consoleUrlUsesTheConsoleOfThePartitionDeployedTo() {
        String url = String.valueOf(template.findOutputs("StateMachineConsoleURL").get("StateMachineConsoleURL")
                .get("Value"));
        String conditions = String.valueOf(template.findConditions("*"));

        assertThat(url).contains("Fn::If").contains("console.amazonaws.cn").contains("console.amazonaws-us-gov.com")
                .contains("console.aws.amazon.com");
        assertThat(conditions).contains("AWS::Partition").contains("aws-cn").contains("aws-us-gov");
    }

    @Test
    void withCrossAccountRolesTheFiveRolesThatCallLambdaAreOutputForTheTargetRolesTrust() {
        Template crossAccount = Template.fromStack(Synth.stack(Synth.props()
                .crossAccountRoleArns(List.of("arn:aws:iam::222222222222:role/powertuner-target")).build()));
        Capture value = new Capture();

        crossAccount.hasOutput("TunerRoleARNs", Match.objectLike(Map.of("Value", value)));

        String joined = String.valueOf(value.asObject());
        assertThat(joined).startsWith("{Fn::Join=[,, [");
        for (String step : List.of("Initializer", "Publisher", "Executor", "Cleaner", "Optimizer")) {
            assertThat(joined).contains(step + "Role");
        }
        assertThat(joined).doesNotContain("AnalyzerRole");
    }

    @Test
    void synthesisRaisesNoWarningsOrErrors() {
        Annotations annotations = Annotations.fromStack(stack);
        assertThat(annotations.findWarning("*", Match.anyValue())).isEmpty();
        assertThat(annotations.findError("*", Match.anyValue())).isEmpty();
    }
}
