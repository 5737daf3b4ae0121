package dev.powertuner.local.sfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DefinitionsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String ASL = """
            {"StartAt": "Initializer", "TimeoutSeconds": 900,
             "States": {
              "Initializer": {"Type": "Task", "Resource": "${InitializerArn}", "TimeoutSeconds": 300, "Next": "Branching"},
              "Branching": {"Type": "Map", "ItemsPath": "$.values", "Next": "Analyzer",
                "ItemProcessor": {"StartAt": "Executor", "States": {
                  "Executor": {"Type": "Task", "Resource": "${ExecutorArn}", "TimeoutSeconds": 300, "End": true}}}},
              "Analyzer": {"Type": "Task", "Resource": "${AnalyzerArn}", "TimeoutSeconds": 10, "Comment": "${NotAnArn",
                "End": true}}}
            """;
    private static final Map<String, String> ARNS = Map.of(
            "InitializerArn", "arn:aws:lambda:us-east-1:000000000000:function:powertuner-initializer",
            "ExecutorArn", "arn:aws:lambda:us-east-1:000000000000:function:powertuner-executor",
            "${AnalyzerArn}", "arn:aws:lambda:us-east-1:000000000000:function:powertuner-analyzer");

    private static JsonNode render(int timeout) throws Exception {
        return MAPPER.readTree(Definitions.render(ASL, ARNS, timeout));
    }

    @Test
    void placeholdersAreReplacedAlsoInsideTheMapProcessor() throws Exception {
        JsonNode states = render(120).get("States");

        assertThat(states.at("/Initializer/Resource").asText()).endsWith(":function:powertuner-initializer");
        assertThat(states.at("/Branching/ItemProcessor/States/Executor/Resource").asText()).endsWith(":function:powertuner-executor");
        assertThat(states.at("/Analyzer/Resource").asText()).endsWith(":function:powertuner-analyzer");
        assertThat(states.at("/Analyzer/Comment").asText()).isEqualTo("${NotAnArn");
    }

    @Test
    void everyTimeoutButTheAnalyzersBecomesTheTotalExecutionTimeout() throws Exception {
        JsonNode root = render(120);

        assertThat(root.get("TimeoutSeconds").intValue()).isEqualTo(120);
        assertThat(root.at("/States/Initializer/TimeoutSeconds").isInt()).isTrue();
        assertThat(root.at("/States/Initializer/TimeoutSeconds").intValue()).isEqualTo(120);
        assertThat(root.at("/States/Branching/ItemProcessor/States/Executor/TimeoutSeconds").intValue()).isEqualTo(120);
        assertThat(root.at("/States/Analyzer/TimeoutSeconds").intValue()).isEqualTo(10);
        assertThat(root.at("/States/Branching/TimeoutSeconds").isMissingNode()).isTrue();
    }

    @Test
    void aPlaceholderWithoutSubstitutionIsRejectedByName() {
        assertThatThrownBy(() -> Definitions.render(ASL, Map.of("InitializerArn", "x"), 60))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("${ExecutorArn}");
    }

    @Test
    void invalidJsonAndNonPositiveTimeoutsAreRejected() {
        assertThatThrownBy(() -> Definitions.render("{\"States\": ", ARNS, 60))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> Definitions.render("[]", ARNS, 60))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no States");
        assertThatThrownBy(() -> Definitions.render(ASL, ARNS, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    }
}
