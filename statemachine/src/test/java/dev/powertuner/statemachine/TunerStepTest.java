package dev.powertuner.statemachine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TunerStepTest {
    @Test
    void theStepsAreWhatTheDefinitionsTasksInvoke() {
        List<String> tasks = Definition.allStates(Definition.load()).entrySet().stream()
                .filter(state -> "Task".equals(state.getValue().path("Type").asText()))
                .map(state -> state.getValue().get("Resource").asText()).distinct().toList();

        assertThat(tasks).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(TunerStep.values()).map(step -> "${" + step.placeholder() + "}").toList());
    }

    @Test
    void namesHandlersAndPlaceholdersDeriveFromTheStateName() {
        assertThat(TunerStep.EXECUTOR.stepName()).isEqualTo("Executor");
        assertThat(TunerStep.EXECUTOR.handler()).isEqualTo("dev.powertuner.functions.ExecutorHandler");
        assertThat(TunerStep.EXECUTOR.placeholder()).isEqualTo("ExecutorArn");
        assertThat(TunerStep.EXECUTOR.localFunctionName()).isEqualTo("powertuner-executor");
        assertThat(TunerStep.byPlaceholder("${CleanerArn}")).contains(TunerStep.CLEANER);
        assertThat(TunerStep.byPlaceholder("CleanerArn")).contains(TunerStep.CLEANER);
        assertThat(TunerStep.byPlaceholder("${Cleaner}")).isEmpty();
    }

    @Test
    void onlyTheAnalyzerKeepsItsTenSecondsAndItNeedsNoLambdaAction() {
        for (TunerStep step : TunerStep.values()) {
            assertThat(step.timeoutSeconds(120)).as(step.stepName()).isEqualTo(step == TunerStep.ANALYZER ? 10 : 120);
            assertThat(step.lambdaActions().isEmpty()).as(step.stepName()).isEqualTo(step == TunerStep.ANALYZER);
        }
    }

    @Test
    void allLambdaActionsListEachActionOnce() {
        List<String> all = TunerStep.allLambdaActions();

        assertThat(all).doesNotHaveDuplicates().contains("lambda:InvokeFunction", "lambda:PublishVersion",
                "lambda:ListVersionsByFunction");
        for (TunerStep step : TunerStep.values()) {
            assertThat(all).containsAll(step.lambdaActions());
        }
    }
}
