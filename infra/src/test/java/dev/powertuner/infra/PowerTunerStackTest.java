package dev.powertuner.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Capture;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.lambda.Code;

/** The stack with default props: one synth for the whole class. */
class PowerTunerStackTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static PowerTunerStack stack;
    private static Template template;

    @BeforeAll
    static void synth() {
        stack = Synth.stack(Synth.props().build());
        template = Template.fromStack(stack);
    }

    @Test
    void createsSixFunctionsEachWithVersionAliasLogGroupAndRole() {
        template.resourceCountIs("AWS::Lambda::Function", 6);
        template.resourceCountIs("AWS::Lambda::Version", 6);
        template.resourceCountIs("AWS::Lambda::Alias", 6);
        template.resourceCountIs("AWS::Logs::LogGroup", 6);
        template.resourceCountIs("AWS::StepFunctions::StateMachine", 1);
        template.resourceCountIs("AWS::IAM::ManagedPolicy", 0);
        assertThat(template.findResources("AWS::IAM::Role")).hasSize(7);
    }

    @Test
    void everyFunctionIsSnapStartJava21OnArm64WithItsHandlerClassMemoryAndTimeout() {
        for (TunerFunction spec : TunerFunction.values()) {
            template.hasResourceProperties("AWS::Lambda::Function", Map.of(
                    "Handler", spec.handler(),
                    "Runtime", "java21",
                    "Architectures", List.of("arm64"),
                    "SnapStart", Map.of("ApplyOn", "PublishedVersions"),
                    "MemorySize", 1024,
                    "Timeout", spec == TunerFunction.ANALYZER ? 10 : 300));
        }
    }

    @Test
    void handlersAreClassNamesWithoutMethod() {
        for (TunerFunction spec : TunerFunction.values()) {
            assertThat(Synth.function(template, spec).get("Handler").toString())
                    .startsWith("dev.powertuner.functions.").endsWith("Handler").doesNotContain("::");
        }
    }

    @Test
    void aliasesNamedLivePointAtThePublishedVersion() {
        for (Map<String, Object> alias : template.findResources("AWS::Lambda::Alias").values()) {
            Map<String, Object> props = Synth.properties(alias);
            assertThat(props.get("Name")).isEqualTo("live");
            assertThat(String.valueOf(props.get("FunctionVersion"))).contains("Fn::GetAtt").contains("Version");
        }
    }

    @Test
    void environmentCarriesDefaultsAndTheJvmStartupOptions() {
        for (TunerFunction spec : TunerFunction.values()) {
            Map<String, Object> env = Synth.environment(template, spec);
            assertThat(env).containsEntry("defaultPowerValues", "128,256,512,1024,1536,3008")
                    .containsEntry("visualizationURL", "https://lambda-power-tuning.show/")
                    .containsEntry("JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1")
                    .doesNotContainKeys("priceOverrides", "AWS_REGION");
        }
    }

    @Test
    void logGroupsKeepLogsSevenDaysAndEachFunctionLogsToItsOwn() {
        template.allResourcesProperties("AWS::Logs::LogGroup", Map.of("RetentionInDays", 7));
        TreeSet<String> groups = new TreeSet<>();
        for (TunerFunction spec : TunerFunction.values()) {
            groups.add(String.valueOf(Synth.function(template, spec).get("LoggingConfig")));
        }
        assertThat(groups).hasSize(6).allSatisfy(group -> assertThat(group).contains("LogGroup"));
    }

    @Test
    void rolesGrantExactlyTheReferenceLambdaActionsPlusCleanupRestore() {
        assertThat(Synth.actionsOf(template, TunerFunction.INITIALIZER, "lambda:"))
                .containsExactly("lambda:GetFunctionConfiguration");
        assertThat(Synth.actionsOf(template, TunerFunction.PUBLISHER, "lambda:")).containsExactlyInAnyOrder(
                "lambda:GetAlias", "lambda:GetFunctionConfiguration", "lambda:PublishVersion",
                "lambda:UpdateFunctionConfiguration", "lambda:CreateAlias", "lambda:UpdateAlias");
        assertThat(Synth.actionsOf(template, TunerFunction.EXECUTOR, "lambda:"))
                .containsExactlyInAnyOrder("lambda:InvokeFunction", "lambda:GetFunctionConfiguration");
        assertThat(Synth.actionsOf(template, TunerFunction.CLEANER, "lambda:")).containsExactlyInAnyOrder(
                "lambda:GetAlias", "lambda:DeleteAlias", "lambda:DeleteFunction", "lambda:GetFunctionConfiguration",
                "lambda:UpdateFunctionConfiguration", "lambda:ListVersionsByFunction");
        assertThat(Synth.actionsOf(template, TunerFunction.ANALYZER, "lambda:")).isEmpty();
        assertThat(Synth.actionsOf(template, TunerFunction.OPTIMIZER, "lambda:"))
                .isEqualTo(Synth.actionsOf(template, TunerFunction.PUBLISHER, "lambda:"));
    }

    @Test
    void functionRolesWriteOnlyToTheirLogGroupAndHaveNoS3Access() {
        for (TunerFunction spec : TunerFunction.values()) {
            assertThat(Synth.actionsOf(template, spec, "logs:"))
                    .containsExactlyInAnyOrder("logs:CreateLogStream", "logs:PutLogEvents");
            assertThat(Synth.actionsOf(template, spec, "s3:")).isEmpty();
            assertThat(Synth.properties(template.findResources("AWS::IAM::Role").get(Synth.roleId(template, spec))))
                    .doesNotContainKeys("ManagedPolicyArns", "PermissionsBoundary");
        }
    }

    @Test
    void lambdaStatementsUseLambdaResourceStarByDefault() {
        for (TunerFunction spec : TunerFunction.values()) {
            for (Map<String, Object> statement : Synth.statementsOf(template, Synth.roleId(template, spec))) {
                if (Synth.actions(statement).first().startsWith("lambda:")) {
                    assertThat(statement.get("Resource")).isEqualTo("*");
                }
            }
        }
    }

    @Test
    void noPolicyGrantsAWildcardAction() {
        List<Map<String, Object>> statements = new ArrayList<>();
        for (Map<String, Object> policy : template.findResources("AWS::IAM::Policy").values()) {
            statements.addAll(Synth.statements(Synth.properties(policy)));
        }
        assertThat(statements).isNotEmpty();
        for (Map<String, Object> statement : statements) {
            assertThat(Synth.actions(statement)).allSatisfy(action -> assertThat(action).doesNotContain("*"));
            assertThat(statement.get("Effect")).isEqualTo("Allow");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void stateMachineRoleMayInvokeExactlyTheSixAliases() {
        Map<String, Object> machine = Synth.properties(
                template.findResources("AWS::StepFunctions::StateMachine").values().iterator().next());
        String roleId = ((List<Object>) ((Map<String, Object>) machine.get("RoleArn")).get("Fn::GetAtt")).get(0).toString();
        TreeSet<String> resources = new TreeSet<>();
        for (Map<String, Object> statement : Synth.statementsOf(template, roleId)) {
            assertThat(Synth.actions(statement)).containsExactly("lambda:InvokeFunction");
            resources.add(String.valueOf(((Map<String, Object>) statement.get("Resource")).get("Ref")));
        }
        assertThat(resources).isEqualTo(new TreeSet<>(template.findResources("AWS::Lambda::Alias").keySet()));
    }

    @Test
    void definitionKeepsPlaceholdersAndSubstitutesTheSixAliasArns() throws Exception {
        Capture definition = new Capture();
        Capture substitutions = new Capture();
        template.hasResourceProperties("AWS::StepFunctions::StateMachine", Map.of(
                "DefinitionString", definition, "DefinitionSubstitutions", substitutions));
        JsonNode asl = JSON.readTree(definition.asString());
        assertThat(asl.get("States").get("Initializer").get("Resource").asText()).isEqualTo("${InitializerArn}");
        Map<String, Object> map = substitutions.asObject();
        TreeSet<String> placeholders = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\$\\{([A-Za-z]+)}").matcher(definition.asString());
        while (matcher.find()) {
            placeholders.add(matcher.group(1));
        }
        assertThat(placeholders).isEqualTo(new TreeSet<>(map.keySet()));
        assertThat(map).containsOnlyKeys("InitializerArn", "PublisherArn", "ExecutorArn", "CleanerArn",
                "AnalyzerArn", "OptimizerArn");
        for (TunerFunction spec : TunerFunction.values()) {
            String aliasId = aliasIdOf(spec);
            assertThat(map.get(spec.placeholder())).isEqualTo(Map.of("Ref", aliasId));
        }
    }

    @Test
    void definitionTimeoutsAreTotalExecutionTimeoutAndAnalyzerTen() throws Exception {
        Capture definition = new Capture();
        template.hasResourceProperties("AWS::StepFunctions::StateMachine", Map.of("DefinitionString", definition));
        JsonNode states = JSON.readTree(definition.asString()).get("States");
        assertThat(states.get("Publisher").get("TimeoutSeconds").asInt()).isEqualTo(300);
        assertThat(states.get("Analyzer").get("TimeoutSeconds").asInt()).isEqualTo(10);
        assertThat(states.get("Branching").get("ItemProcessor").get("States").get("Executor")
                .get("TimeoutSeconds").asInt()).isEqualTo(300);
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
    void outputsTheStateMachineArnAndConsoleUrl() {
        template.hasOutput("StateMachineARN", Match.objectLike(Map.of("Value", Match.objectLike(Map.of()))));
        Map<String, Map<String, Object>> outputs = template.findOutputs("*");
        assertThat(outputs).containsKeys("StateMachineARN", "StateMachineConsoleURL");
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

    private static String aliasIdOf(TunerFunction spec) {
        String functionId = Synth.functionId(template, spec);
        for (Map.Entry<String, Map<String, Object>> alias : template.findResources("AWS::Lambda::Alias").entrySet()) {
            if (String.valueOf(Synth.properties(alias.getValue()).get("FunctionName")).contains(functionId)) {
                return alias.getKey();
            }
        }
        throw new AssertionError("no alias for " + functionId);
    }
}
