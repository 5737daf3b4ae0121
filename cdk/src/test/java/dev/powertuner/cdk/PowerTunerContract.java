package dev.powertuner.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.powertuner.statemachine.TunerStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Capture;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/**
 * What every synthesized {@link PowerTuner} template must show, whatever its props: run on templates from
 * {@code Template.fromStack} here and on the template the example app synthesizes against the installed library.
 */
abstract class PowerTunerContract {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The template of a stack holding exactly one tuner. */
    abstract Template template();

    /** totalExecutionTimeout of the props. */
    abstract int expectedTimeout();

    /** The Resource of every Lambda statement of the functions' roles ("*" is written as a string). */
    abstract Object expectedLambdaResources();

    /** crossAccountRoleArns of the props. */
    abstract List<String> expectedCrossAccountRoleArns();

    @Test
    void createsSixFunctionsEachWithVersionAliasLogGroupAndRole() {
        template().resourceCountIs("AWS::Lambda::Function", 6);
        template().resourceCountIs("AWS::Lambda::Version", 6);
        template().resourceCountIs("AWS::Lambda::Alias", 6);
        template().resourceCountIs("AWS::Logs::LogGroup", 6);
        template().resourceCountIs("AWS::StepFunctions::StateMachine", 1);
        assertThat(template().findResources("AWS::IAM::Role")).hasSize(7);
    }

    @Test
    void everyFunctionIsSnapStartJava21WithItsHandlerClassMemoryAndTimeout() {
        for (TunerStep spec : TunerStep.values()) {
            template().hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                    "Handler", spec.handler(),
                    "Runtime", "java21",
                    "SnapStart", Map.of("ApplyOn", "PublishedVersions"),
                    "MemorySize", 1024,
                    "Timeout", spec == TunerStep.ANALYZER ? 10 : expectedTimeout(),
                    "Environment", Map.of("Variables", Match.objectLike(Map.of(
                            "JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1"))))));
            assertThat(Synth.function(template(), spec).get("Handler").toString()).doesNotContain("::");
        }
    }

    @Test
    void aliasesNamedLivePointAtThePublishedVersionAndEachFunctionLogsToItsOwnGroup() {
        for (Map<String, Object> alias : template().findResources("AWS::Lambda::Alias").values()) {
            Map<String, Object> props = Synth.properties(alias);
            assertThat(props.get("Name")).isEqualTo("live");
            assertThat(String.valueOf(props.get("FunctionVersion"))).contains("Fn::GetAtt").contains("Version");
        }
        TreeSet<String> groups = new TreeSet<>();
        for (TunerStep spec : TunerStep.values()) {
            groups.add(String.valueOf(Synth.function(template(), spec).get("LoggingConfig")));
        }
        assertThat(groups).hasSize(6).allSatisfy(group -> assertThat(group).contains("LogGroup"));
    }

    @Test
    void rolesGrantExactlyTheReferenceLambdaActionsPlusCleanupRestore() {
        assertThat(Synth.actionsOf(template(), TunerStep.INITIALIZER, "lambda:"))
                .containsExactly("lambda:GetFunctionConfiguration");
        assertThat(Synth.actionsOf(template(), TunerStep.PUBLISHER, "lambda:")).containsExactlyInAnyOrder(
                "lambda:GetAlias", "lambda:GetFunctionConfiguration", "lambda:PublishVersion",
                "lambda:UpdateFunctionConfiguration", "lambda:CreateAlias", "lambda:UpdateAlias");
        assertThat(Synth.actionsOf(template(), TunerStep.EXECUTOR, "lambda:"))
                .containsExactlyInAnyOrder("lambda:InvokeFunction", "lambda:GetFunctionConfiguration");
        assertThat(Synth.actionsOf(template(), TunerStep.CLEANER, "lambda:")).containsExactlyInAnyOrder(
                "lambda:GetAlias", "lambda:DeleteAlias", "lambda:DeleteFunction", "lambda:GetFunctionConfiguration",
                "lambda:UpdateFunctionConfiguration", "lambda:ListVersionsByFunction");
        assertThat(Synth.actionsOf(template(), TunerStep.ANALYZER, "lambda:")).isEmpty();
        assertThat(Synth.actionsOf(template(), TunerStep.OPTIMIZER, "lambda:"))
                .isEqualTo(Synth.actionsOf(template(), TunerStep.PUBLISHER, "lambda:"));
    }

    @Test
    void lambdaStatementsUseLambdaResource() {
        for (TunerStep spec : TunerStep.values()) {
            for (Map<String, Object> statement : Synth.statementsOf(template(), Synth.roleId(template(), spec))) {
                if (Synth.actions(statement).first().startsWith("lambda:")) {
                    assertThat(statement.get("Resource")).isEqualTo(expectedLambdaResources());
                }
            }
        }
    }

    @Test
    void tunerRolesMayAssumeExactlyTheCrossAccountRolesAndNothingElse() {
        List<String> roles = expectedCrossAccountRoleArns();
        for (TunerStep spec : TunerStep.values()) {
            List<Object> assumable = new ArrayList<>();
            for (Map<String, Object> statement : Synth.statementsOf(template(), Synth.roleId(template(), spec))) {
                if (Synth.actions(statement).stream().anyMatch(action -> action.startsWith("sts:"))) {
                    assertThat(Synth.actions(statement)).containsExactly("sts:AssumeRole");
                    assumable.add(statement.get("Resource"));
                }
            }
            boolean callsLambda = !spec.lambdaActions().isEmpty();
            assertThat(assumable).as(spec.stepName()).isEqualTo(callsLambda && !roles.isEmpty()
                    ? List.of(roles.size() == 1 ? roles.get(0) : roles) : List.of());
        }
        assertThat(Synth.statementsOf(template(), Synth.stateMachineRoleId(template())))
                .allSatisfy(statement -> assertThat(Synth.actions(statement)).containsExactly("lambda:InvokeFunction"));
        if (!roles.isEmpty()) {
            template().hasResourceProperties("AWS::IAM::Policy", Match.objectLike(Map.of("PolicyDocument",
                    Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                            "Action", "sts:AssumeRole", "Effect", "Allow",
                            "Resource", roles.size() == 1 ? roles.get(0) : roles)))))))));
        }
    }

    @Test
    void noPolicyGrantsAWildcardAction() {
        List<Map<String, Object>> statements = new ArrayList<>();
        for (Map<String, Object> policy : template().findResources("AWS::IAM::Policy").values()) {
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
        TreeSet<String> resources = new TreeSet<>();
        for (Map<String, Object> statement : Synth.statementsOf(template(), Synth.stateMachineRoleId(template()))) {
            assertThat(Synth.actions(statement)).containsExactly("lambda:InvokeFunction");
            resources.add(String.valueOf(((Map<String, Object>) statement.get("Resource")).get("Ref")));
        }
        assertThat(resources).isEqualTo(new TreeSet<>(template().findResources("AWS::Lambda::Alias").keySet()));
    }

    @Test
    void definitionIsTheRepositorysWithPlaceholdersSubstitutedByTheSixAliases() throws Exception {
        // given
        Capture definition = new Capture();
        Capture substitutions = new Capture();
        template().hasResourceProperties("AWS::StepFunctions::StateMachine", Map.of(
                "DefinitionString", definition, "DefinitionSubstitutions", substitutions));
        JsonNode asl = JSON.readTree(definition.asString());
        JsonNode repository = JSON.readTree(Synth.definitionFile().toFile());

        // then the bundled definition is statemachine/powertuner.asl.json
        assertThat(asl.get("StartAt")).isEqualTo(repository.get("StartAt"));
        assertThat(asl.get("Comment")).isEqualTo(repository.get("Comment"));
        assertThat(fieldNames(asl.get("States"))).isEqualTo(fieldNames(repository.get("States")));
        // and every placeholder is substituted by an alias
        TreeSet<String> placeholders = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\$\\{([A-Za-z]+)}").matcher(definition.asString());
        while (matcher.find()) {
            placeholders.add(matcher.group(1));
        }
        Map<String, Object> map = substitutions.asObject();
        assertThat(placeholders).isEqualTo(new TreeSet<>(map.keySet()));
        for (TunerStep spec : TunerStep.values()) {
            assertThat(String.valueOf(map.get(spec.placeholder()))).contains("Ref")
                    .satisfies(ref -> assertThat(template().findResources("AWS::Lambda::Alias").keySet())
                            .anyMatch(ref::contains));
        }
    }

    @Test
    void definitionTimeoutsAreTotalExecutionTimeoutAndAnalyzerTen() throws Exception {
        Capture definition = new Capture();
        template().hasResourceProperties("AWS::StepFunctions::StateMachine", Map.of("DefinitionString", definition));
        JsonNode states = JSON.readTree(definition.asString()).get("States");
        assertThat(states.get("Publisher").get("TimeoutSeconds").asInt()).isEqualTo(expectedTimeout());
        assertThat(states.get("CleanUpOnError").get("TimeoutSeconds").asInt()).isEqualTo(expectedTimeout());
        assertThat(states.get("Analyzer").get("TimeoutSeconds").asInt()).isEqualTo(10);
        assertThat(states.get("Branching").get("ItemProcessor").get("States").get("Executor")
                .get("TimeoutSeconds").asInt()).isEqualTo(expectedTimeout());
    }

    private static TreeSet<String> fieldNames(JsonNode node) {
        TreeSet<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
