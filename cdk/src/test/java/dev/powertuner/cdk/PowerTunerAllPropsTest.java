package dev.powertuner.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.powertuner.statemachine.TunerStep;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Capture;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.lambda.Architecture;

/** Every deployment prop set to a non-default value: one synth for the whole class, and the contract. */
class PowerTunerAllPropsTest extends PowerTunerContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOUNDARY = "arn:aws:iam::123456789012:policy/tuner-boundary";
    private static final String LAMBDA_RESOURCE = "arn:aws:lambda:eu-west-1:123456789012:function:shop-*";
    private static final List<String> TARGET_ROLES = List.of("arn:aws:iam::222222222222:role/powertuner-target",
            "arn:aws-cn:iam::333333333333:role/tuning/powertuner-target");
    private static Stack stack;
    private static Template template;

    @BeforeAll
    static void synth() {
        stack = Synth.stack(Synth.props()
                .powerValues(List.of(128, 512, 2048))
                .visualizationUrl("https://tuning.example.com/")
                .lambdaResource(LAMBDA_RESOURCE)
                .totalExecutionTimeout(120)
                .permissionsBoundary(BOUNDARY)
                .payloadS3Bucket("payload-bucket")
                .payloadS3Key("events/*")
                .logGroupRetentionInDays(30)
                .securityGroupIds(List.of("sg-0123456789abcdef0"))
                .subnetIds(List.of("subnet-0aaa", "subnet-0bbb"))
                .stateMachineNamePrefix("shopTuner")
                .priceOverrides("{ \"lambda\": { \"default\": { \"x86_64\": { \"gbSecond\": 0.00002 } } },"
                        + " \"stepFunctions\": { \"default\": { \"transition\": 2.5e-5 } } }")
                .architecture(Architecture.X86_64)
                .crossAccountRoleArns(TARGET_ROLES)
                .build());
        template = Template.fromStack(stack);
    }

    @Override
    Template template() {
        return template;
    }

    @Override
    int expectedTimeout() {
        return 120;
    }

    @Override
    Object expectedLambdaResources() {
        return List.of(LAMBDA_RESOURCE, LAMBDA_RESOURCE + ":*");
    }

    @Override
    List<String> expectedCrossAccountRoleArns() {
        return TARGET_ROLES;
    }

    @Test
    void powerValuesVisualizationUrlAndPriceOverridesReachEveryFunctionsEnvironment() {
        for (TunerStep spec : TunerStep.values()) {
            assertThat(Synth.environment(template, spec))
                    .containsEntry("defaultPowerValues", "128,512,2048")
                    .containsEntry("visualizationURL", "https://tuning.example.com/")
                    .containsEntry("priceOverrides", "{\"lambda\":{\"default\":{\"x86_64\":{\"gbSecond\":0.00002}}},"
                            + "\"stepFunctions\":{\"default\":{\"transition\":0.000025}}}");
        }
    }

    @Test
    void totalExecutionTimeoutSetsFunctionAndTaskTimeoutsButTheAnalyzerKeepsTen() throws Exception {
        for (TunerStep spec : TunerStep.values()) {
            assertThat(((Number) Synth.function(template, spec).get("Timeout")).intValue())
                    .isEqualTo(spec == TunerStep.ANALYZER ? 10 : 120);
        }
        Capture definition = new Capture();
        template.hasResourceProperties("AWS::StepFunctions::StateMachine", Map.of("DefinitionString", definition));
        JsonNode states = JSON.readTree(definition.asString()).get("States");
        assertThat(states.get("Initializer").get("TimeoutSeconds").asInt()).isEqualTo(120);
        assertThat(states.get("CleanUpOnError").get("TimeoutSeconds").asInt()).isEqualTo(120);
        assertThat(states.get("Analyzer").get("TimeoutSeconds").asInt()).isEqualTo(10);
        assertThat(states.get("Branching").get("ItemProcessor").get("States").get("Executor")
                .get("TimeoutSeconds").asInt()).isEqualTo(120);
    }

    @Test
    void permissionsBoundaryIsOnEveryRoleIncludingTheStateMachines() {
        Map<String, Map<String, Object>> roles = template.findResources("AWS::IAM::Role");
        assertThat(roles).hasSize(7);
        for (Map<String, Object> role : roles.values()) {
            assertThat(Synth.properties(role).get("PermissionsBoundary")).isEqualTo(BOUNDARY);
        }
    }

    @Test
    void payloadS3PolicyIsAttachedToTheExecutorOnly() {
        template.resourceCountIs("AWS::IAM::ManagedPolicy", 1);
        for (TunerStep spec : TunerStep.values()) {
            assertThat(Synth.actionsOf(template, spec, "s3:")).isEqualTo(spec == TunerStep.EXECUTOR
                    ? new TreeSet<>(List.of("s3:GetObject", "s3:ListBucket")) : new TreeSet<>());
        }
        String policy = String.valueOf(Synth.properties(
                template.findResources("AWS::IAM::ManagedPolicy").values().iterator().next()).get("PolicyDocument"));
        assertThat(policy).contains(":s3:::payload-bucket/events/*").contains(":s3:::payload-bucket]")
                .contains("AWS::Partition");
    }

    @Test
    void logGroupRetentionAppliesToAllSixLogGroups() {
        template.resourceCountIs("AWS::Logs::LogGroup", 6);
        template.allResourcesProperties("AWS::Logs::LogGroup", Map.of("RetentionInDays", 30));
    }

    @Test
    void vpcSettingsGoToEveryFunctionWithTheVpcAccessPolicy() {
        template.allResourcesProperties("AWS::Lambda::Function", Match.objectLike(Map.of("VpcConfig", Map.of(
                "SecurityGroupIds", List.of("sg-0123456789abcdef0"),
                "SubnetIds", List.of("subnet-0aaa", "subnet-0bbb")))));
        for (TunerStep spec : TunerStep.values()) {
            Object managed = Synth.properties(template.findResources("AWS::IAM::Role")
                    .get(Synth.roleId(template, spec))).get("ManagedPolicyArns");
            assertThat(String.valueOf(managed)).contains("service-role/AWSLambdaVPCAccessExecutionRole");
        }
    }

    @Test
    void stateMachineNameStartsWithThePrefix() {
        Map<String, Object> props = Synth.properties(
                template.findResources("AWS::StepFunctions::StateMachine").values().iterator().next());
        assertThat(String.valueOf(props.get("StateMachineName"))).contains("shopTuner-")
                .doesNotContain("powerTuningStateMachine");
    }

    @Test
    void architectureAppliesToEveryFunction() {
        template.allResourcesProperties("AWS::Lambda::Function",
                Match.objectLike(Map.of("Architectures", List.of("x86_64"))));
    }

    @Test
    void lambdaResourceNamingOnlyQualifiedArnsAlsoCoversTheUnqualifiedFunction() {
        // powertuner addresses $LATEST with unqualified calls (UpdateFunctionConfiguration, PublishVersion, ...)
        String qualifiedOnly = "arn:aws:lambda:eu-west-1:123456789012:function:shop-cart:*";

        assertThat(PowerTuner.lambdaResources(qualifiedOnly)).containsExactly(qualifiedOnly,
                "arn:aws:lambda:eu-west-1:123456789012:function:shop-cart");
        assertThat(PowerTuner.lambdaResources("*")).containsExactly("*");
        assertThat(PowerTuner.lambdaResources("arn:aws:lambda:*:123456789012:function:*")).containsExactly(
                "arn:aws:lambda:*:123456789012:function:*", "arn:aws:lambda:*:123456789012:function:*:*");
    }

    @Test
    void synthesisRaisesNoWarningsOrErrors() {
        Annotations annotations = Annotations.fromStack(stack);
        assertThat(annotations.findWarning("*", Match.anyValue())).isEmpty();
        assertThat(annotations.findError("*", Match.anyValue())).isEmpty();
    }
}
