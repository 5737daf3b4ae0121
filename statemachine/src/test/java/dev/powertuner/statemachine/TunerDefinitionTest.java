package dev.powertuner.statemachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TunerDefinitionTest {
    private static final String ASL = """
            {"StartAt": "Initializer", "TimeoutSeconds": 900,
             "States": {
              "Initializer": {"Type": "Task", "Resource": "${InitializerArn}", "TimeoutSeconds": 300, "Next": "Branching"},
              "Branching": {"Type": "Map", "ItemsPath": "$.values", "Next": "Both",
                "ItemProcessor": {"StartAt": "Executor", "States": {
                  "Executor": {"Type": "Task", "Resource": "${ExecutorArn}", "End": true}}}},
              "Both": {"Type": "Parallel", "Next": "Summary", "Branches": [
                {"StartAt": "Clean", "States": {"Clean": {"Type": "Task", "Resource": "${CleanerArn}", "End": true}}}]},
              "Summary": {"Type": "Task", "Resource": "${AnalyzerArn}", "TimeoutSeconds": 300, "Comment": "${NotAnArn",
                "End": true}}}
            """;

    private static Map<TunerStep, String> arns() {
        Map<TunerStep, String> arns = new EnumMap<>(TunerStep.class);
        for (TunerStep step : TunerStep.values()) {
            arns.put(step, "arn:aws:lambda:us-east-1:000000000000:function:" + step.localFunctionName());
        }
        return arns;
    }

    private static JsonNode render(int timeout) throws Exception {
        return Definition.MAPPER.readTree(TunerDefinition.render(ASL, timeout, arns()));
    }

    @Test
    void placeholdersAreReplacedInMapProcessorsAndParallelBranchesToo() throws Exception {
        JsonNode states = render(120).get("States");

        assertThat(states.at("/Initializer/Resource").asText()).endsWith(":function:powertuner-initializer");
        assertThat(states.at("/Branching/ItemProcessor/States/Executor/Resource").asText())
                .endsWith(":function:powertuner-executor");
        assertThat(states.at("/Both/Branches/0/States/Clean/Resource").asText()).endsWith(":function:powertuner-cleaner");
        assertThat(states.at("/Summary/Resource").asText()).endsWith(":function:powertuner-analyzer");
        assertThat(states.at("/Summary/Comment").asText()).isEqualTo("${NotAnArn");
    }

    @Test
    void everyTaskGetsItsStepsTimeoutAtEveryDepthAndTheExecutionTimeoutStays() throws Exception {
        JsonNode root = render(120);

        assertThat(root.get("TimeoutSeconds").intValue()).isEqualTo(900);
        assertThat(root.at("/States/Initializer/TimeoutSeconds").intValue()).isEqualTo(120);
        assertThat(root.at("/States/Branching/ItemProcessor/States/Executor/TimeoutSeconds").intValue()).isEqualTo(120);
        assertThat(root.at("/States/Both/Branches/0/States/Clean/TimeoutSeconds").intValue()).isEqualTo(120);
        assertThat(root.at("/States/Summary/TimeoutSeconds").intValue()).isEqualTo(TunerStep.ANALYZER_TIMEOUT_SECONDS);
        assertThat(root.at("/States/Branching/TimeoutSeconds").isMissingNode()).isTrue();
    }

    @Test
    void theTemplateKeepsEveryPlaceholderForDefinitionSubstitutions() throws Exception {
        String template = TunerDefinition.renderTemplate(TunerDefinition.bundled(), 42);

        for (TunerStep step : TunerStep.values()) {
            assertThat(template).contains("\"${" + step.placeholder() + "}\"");
        }
        assertThat(Definition.MAPPER.readTree(template).at("/States/Analyzer/TimeoutSeconds").intValue()).isEqualTo(10);
    }

    @Test
    void theBundledResourceIsTheRepositoryFile() throws Exception {
        assertThat(Definition.MAPPER.readTree(TunerDefinition.bundled()))
                .isEqualTo(Definition.MAPPER.readTree(Definition.rawFile().toFile()));
    }

    @Test
    void aPlaceholderWithoutAnArnIsRejectedByName() {
        Map<TunerStep, String> onlyInitializer = Map.of(TunerStep.INITIALIZER, "x");

        assertThatThrownBy(() -> TunerDefinition.render(ASL, 60, onlyInitializer))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("${ExecutorArn}");
        assertThatThrownBy(() -> TunerDefinition.render(ASL.replace("${CleanerArn}", "${OtherArn}"), 60, arns()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("${OtherArn}");
    }

    @Test
    void invalidJsonNonDefinitionsAndNonPositiveTimeoutsAreRejected() {
        assertThatThrownBy(() -> TunerDefinition.render("{\"States\": ", 60, arns()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> TunerDefinition.renderTemplate("[]", 60))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no States");
        assertThatThrownBy(() -> TunerDefinition.render(ASL, 0, arns()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    }
}
