package dev.powertuner.statemachine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StateMachineDefinitionTest {
    private static final JsonNode DEFINITION = Definition.load();
    private static final Map<String, JsonNode> STATES = Definition.allStates(DEFINITION);
    private static final List<String> TRANSIENT_LAMBDA_ERRORS = List.of("Lambda.ServiceException",
            "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException");

    @Test
    void stateNamesAreExactlyTheDesignedOnes() {
        assertThat(DEFINITION.get("StartAt").asText()).isEqualTo("Initializer");
        assertThat(STATES.keySet()).containsExactlyInAnyOrder("Initializer", "Publisher", "IsCountReached",
                "Branching", "Executor", "Decide", "MoreRounds", "Round", "RoundExecutor", "Cleaner", "Analyzer",
                "Optimizer", "CleanUpOnError", "Fail");
    }

    @Test
    void everyNextDefaultAndCatchTargetExistsInItsScope() {
        for (JsonNode scope : Definition.scopes(DEFINITION)) {
            Set<String> names = new HashSet<>();
            scope.get("States").fieldNames().forEachRemaining(names::add);
            assertThat(names).contains(scope.get("StartAt").asText());
            for (JsonNode state : scope.get("States")) {
                assertThat(names).containsAll(Definition.targets(state));
            }
        }
    }

    @Test
    void everyStateIsReachableFromStartAt() {
        for (JsonNode scope : Definition.scopes(DEFINITION)) {
            Set<String> reached = new HashSet<>();
            Deque<String> todo = new ArrayDeque<>(List.of(scope.get("StartAt").asText()));
            while (!todo.isEmpty()) {
                String name = todo.pop();
                if (reached.add(name)) {
                    todo.addAll(Definition.targets(scope.get("States").get(name)));
                }
            }
            Set<String> all = new HashSet<>();
            scope.get("States").fieldNames().forEachRemaining(all::add);
            assertThat(reached).isEqualTo(all);
        }
    }

    @Test
    void everyNonTerminalStateHasNextOrEndButNotBoth() {
        STATES.forEach((name, state) -> {
            String type = state.get("Type").asText();
            if (!type.equals("Choice") && !type.equals("Fail") && !type.equals("Succeed")) {
                assertThat(state.has("Next") ^ state.path("End").asBoolean(false)).as(name).isTrue();
            }
        });
    }

    @Test
    void everyErrorEqualsEntryIsStatesLambdaOrAnExistingPowerTunerException() throws ClassNotFoundException {
        List<String> errors = new ArrayList<>();
        for (JsonNode state : STATES.values()) {
            for (String list : List.of("Retry", "Catch")) {
                for (JsonNode rule : state.path(list)) {
                    rule.get("ErrorEquals").forEach(e -> errors.add(e.asText()));
                }
            }
        }
        assertThat(errors).isNotEmpty();
        for (String error : errors) {
            if (!error.startsWith("States.") && !error.startsWith("Lambda.")) {
                assertThat(error).startsWith("dev.powertuner.core.error.");
                assertThat(Class.forName(error)).isAssignableTo(RuntimeException.class);
            }
        }
    }

    @Test
    void placeholdersAreExactlyTheSixFunctionArns() {
        Set<String> placeholders = new TreeSet<>();
        Pattern pattern = Pattern.compile("\\$\\{([^}]*)}");
        for (String text : Definition.strings(DEFINITION)) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                assertThat(text).as("a placeholder is a whole quoted string").isEqualTo(matcher.group());
                placeholders.add(matcher.group(1));
            }
        }
        assertThat(placeholders).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(TunerStep.values()).map(TunerStep::placeholder).toList());
    }

    /** The function a Task state runs: its name, except the second uses of the Cleaner, Analyzer and Executor. */
    private static String functionOf(String state) {
        switch (state) {
            case "CleanUpOnError":
                return "Cleaner";
            case "Decide":
                return "Analyzer";
            case "RoundExecutor":
                return "Executor";
            default:
                return state;
        }
    }

    @Test
    void taskResourcesNameTheirFunctionAndCleanUpOnErrorUsesTheCleaner() {
        STATES.forEach((name, state) -> {
            if (state.get("Type").asText().equals("Task")) {
                String function = functionOf(name);
                assertThat(state.get("Resource").asText()).isEqualTo("${" + function + "Arn}");
            }
        });
    }

    @Test
    void taskTimeoutsAreNumbers300ExceptTheAnalyzers10() {
        STATES.forEach((name, state) -> {
            if (state.get("Type").asText().equals("Task")) {
                JsonNode timeout = state.get("TimeoutSeconds");
                assertThat(timeout.isInt()).as(name).isTrue();
                assertThat(timeout.asInt()).as(name).isEqualTo(functionOf(name).equals("Analyzer") ? 10 : 300);
            }
        });
    }

    @Test
    void initializerIsTheOnlyTaskWithParametersAndGetsInputAndExecutionName() {
        JsonNode parameters = STATES.get("Initializer").get("Parameters");
        assertThat(parameters.get("input.$").asText()).isEqualTo("$");
        assertThat(parameters.get("executionName.$").asText()).isEqualTo("$$.Execution.Name");
        assertThat(parameters.size()).isEqualTo(2);
        STATES.forEach((name, state) -> {
            if (!name.equals("Initializer")) {
                assertThat(state.has("Parameters")).as(name).isFalse();
            }
        });
    }

    @Test
    void resultAndOutputPathsFollowTheStateDocument() {
        assertThat(STATES.get("Initializer").get("ResultPath").asText()).isEqualTo("$.lambdaConfigurations");
        assertThat(STATES.get("Publisher").get("ResultPath").asText()).isEqualTo("$.lambdaConfigurations");
        assertThat(STATES.get("Branching").get("ResultPath").asText()).isEqualTo("$.stats");
        assertThat(STATES.get("Cleaner").get("ResultPath").isNull()).isTrue();
        assertThat(STATES.get("Analyzer").get("ResultPath").asText()).isEqualTo("$.analysis");
        assertThat(STATES.get("Optimizer").get("ResultPath").isNull()).isTrue();
        assertThat(STATES.get("Optimizer").get("OutputPath").asText()).isEqualTo("$.analysis");
        assertThat(STATES.get("CleanUpOnError").get("ResultPath").isNull()).isTrue();
        assertThat(STATES.get("CleanUpOnError").has("OutputPath")).as("reference's OutputPath null dropped").isFalse();
    }

    @Test
    void adaptiveRunsLoopDecideAndRoundUntilDoneAndNormalRunsNeverEnterThem() {
        JsonNode adaptive = STATES.get("IsCountReached").get("Choices").get(1);
        assertThat(adaptive.get("Variable").asText()).isEqualTo("$.lambdaConfigurations.adaptive");
        assertThat(adaptive.get("IsPresent").asBoolean()).isTrue();
        assertThat(adaptive.get("Next").asText()).isEqualTo("Decide");
        assertThat(STATES.get("Decide").get("ResultPath").asText()).isEqualTo("$.adaptiveRun");
        assertThat(STATES.get("Decide").get("Next").asText()).isEqualTo("MoreRounds");
        JsonNode more = STATES.get("MoreRounds");
        assertThat(more.get("Choices").get(0).get("Variable").asText()).isEqualTo("$.adaptiveRun.done");
        assertThat(more.get("Choices").get(0).get("BooleanEquals").asBoolean()).isFalse();
        assertThat(more.get("Choices").get(0).get("Next").asText()).isEqualTo("Round");
        assertThat(more.get("Default").asText()).isEqualTo("Cleaner");
        JsonNode round = STATES.get("Round");
        assertThat(round.get("ItemsPath").asText()).isEqualTo("$.adaptiveRun.contenders");
        assertThat(round.get("ResultPath").asText()).isEqualTo("$.adaptiveRun.batch");
        assertThat(round.get("Next").asText()).isEqualTo("Decide");
        assertThat(round.get("ItemSelector")).isEqualTo(STATES.get("Branching").get("ItemSelector"));
        assertThat(STATES.get("RoundExecutor").get("Retry")).isEqualTo(STATES.get("Executor").get("Retry"));
        assertThat(STATES.get("Decide").get("Retry")).isEqualTo(STATES.get("Analyzer").get("Retry"));
        assertCatchesAllInto(round, "$.error", "CleanUpOnError");
        assertCatchesAllInto(STATES.get("Decide"), "$.error", "CleanUpOnError");
    }

    @Test
    void choiceLoopsBackToPublisherWhileIteratorContinues() {
        JsonNode choice = STATES.get("IsCountReached");
        JsonNode rule = choice.get("Choices").get(0);
        assertThat(choice.get("Choices").size()).isEqualTo(2);
        assertThat(rule.get("Variable").asText()).isEqualTo("$.lambdaConfigurations.iterator.continue");
        assertThat(rule.get("BooleanEquals").asBoolean()).isTrue();
        assertThat(rule.get("Next").asText()).isEqualTo("Publisher");
        assertThat(choice.get("Default").asText()).isEqualTo("Branching");
    }

    @Test
    void mapRunsOneInlineExecutorPerPowerValueWithUnlimitedConcurrency() {
        JsonNode map = STATES.get("Branching");
        assertThat(map.get("Type").asText()).isEqualTo("Map");
        assertThat(map.get("ItemsPath").asText()).isEqualTo("$.lambdaConfigurations.powerValues");
        assertThat(map.get("ItemSelector").get("input.$").asText()).isEqualTo("$");
        assertThat(map.get("ItemSelector").get("value.$").asText()).isEqualTo("$$.Map.Item.Value");
        assertThat(map.get("MaxConcurrency").isInt()).isTrue();
        assertThat(map.get("MaxConcurrency").asInt()).isZero();
        assertThat(map.has("Iterator")).isFalse();
        JsonNode processor = map.get("ItemProcessor");
        assertThat(processor.get("ProcessorConfig").get("Mode").asText()).isEqualTo("INLINE");
        assertThat(processor.get("StartAt").asText()).isEqualTo("Executor");
        assertThat(processor.get("States").get("Executor").get("End").asBoolean()).isTrue();
    }

    @Test
    void executorNeverRetriesValidationErrorsAndRetriesTheRestTwice() {
        JsonNode retry = STATES.get("Executor").get("Retry");
        assertThat(retry.size()).isEqualTo(4);
        assertThat(Definition.strings(retry.get(0).get("ErrorEquals"))).containsExactly(
                "dev.powertuner.core.error.InvalidInputException", "dev.powertuner.core.error.PayloadException");
        assertThat(retry.get(0).get("MaxAttempts").asInt()).isZero();
        assertRetrier(retry.get(3), List.of("States.ALL"), 3, 2);
    }

    @Test
    void executorRetriesTransientLambdaErrorsWithJitterBeforeItsCatchAllRetrier() {
        // up to 40 executors start at once; throttled together, they must not retry in lockstep
        JsonNode retry = STATES.get("Executor").get("Retry");
        JsonNode transientRetrier = retry.get(1);

        assertThat(Definition.strings(transientRetrier.get("ErrorEquals"))).containsExactlyElementsOf(TRANSIENT_LAMBDA_ERRORS);
        assertThat(transientRetrier.get("JitterStrategy").asText()).isEqualTo("FULL");
        assertThat(transientRetrier.get("MaxAttempts").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(transientRetrier.get("BackoffRate").asDouble()).isGreaterThan(1.0);
    }

    @Test
    void cleanerRetriesEverythingBeforeItsCatch() {
        JsonNode cleaner = STATES.get("Cleaner");
        assertThat(cleaner.get("Retry").size()).isEqualTo(2);
        assertRetrier(cleaner.get("Retry").get(1), List.of("States.ALL"), 3, 2);
        assertCatchesAllInto(cleaner, "$.error", "CleanUpOnError");
    }

    @Test
    void publisherAndMapFailuresAreCaughtIntoErrorAndCleanedUp() {
        assertCatchesAllInto(STATES.get("Publisher"), "$.error", "CleanUpOnError");
        assertCatchesAllInto(STATES.get("Branching"), "$.error", "CleanUpOnError");
    }

    @Test
    void cleanupFailureIsKeptApartAndStillEndsInFail() {
        JsonNode cleanUp = STATES.get("CleanUpOnError");
        assertCatchesAllInto(cleanUp, "$.cleanupError", "Fail");
        assertThat(cleanUp.get("Next").asText()).isEqualTo("Fail");
    }

    @Test
    void failStateReportsTheOriginalErrorThroughErrorPathAndCausePath() {
        JsonNode fail = STATES.get("Fail");
        assertThat(fail.get("Type").asText()).isEqualTo("Fail");
        assertThat(fail.get("ErrorPath").asText()).isEqualTo("$.error.Error");
        assertThat(fail.get("CausePath").asText()).isEqualTo("$.error.Cause");
        assertThat(fail.has("Error")).isFalse();
        assertThat(fail.has("Cause")).isFalse();
    }

    @Test
    void onlyReadOnlyOrIdempotentTasksRetryTransientLambdaErrorsAndOnlyThose() {
        for (String name : List.of("Initializer", "Publisher", "Analyzer", "Optimizer", "CleanUpOnError")) {
            JsonNode retry = STATES.get(name).get("Retry");
            assertThat(retry.size()).as(name).isEqualTo(name.equals("Analyzer") ? 3 : 2);
            assertThat(Definition.strings(retry.get(0).get("ErrorEquals"))).as(name)
                    .containsExactlyElementsOf(TRANSIENT_LAMBDA_ERRORS);
            assertThat(retry.get(0).get("IntervalSeconds").asInt()).as(name).isPositive();
            assertThat(retry.get(0).get("BackoffRate").asDouble()).as(name).isGreaterThan(1.0);
        }
        assertThat(STATES.get("Publisher").get("Retry").get(0).get("MaxAttempts").asInt()).isBetween(1, 5);
    }

    @Test
    void analyzerRetriesATimeoutBecauseItsTenSecondsAlsoCoverAJavaRestoreOrColdStart() {
        JsonNode retry = STATES.get("Analyzer").get("Retry");
        JsonNode timeout = retry.get(retry.size() - 1);

        assertThat(Definition.strings(timeout.get("ErrorEquals"))).containsExactly("States.Timeout");
        assertThat(timeout.get("MaxAttempts").asInt()).isBetween(1, 2);
        assertThat(timeout.get("IntervalSeconds").asInt()).isPositive();
    }

    @Test
    void everyTaskWaitsForAnInactiveSnapStartVersionBeforeAnyCatchAllRetrier() {
        STATES.forEach((name, state) -> {
            if (state.get("Type").asText().equals("Task")) {
                List<String> firstErrors = new ArrayList<>();
                for (JsonNode retrier : state.get("Retry")) {
                    firstErrors.add(retrier.get("ErrorEquals").get(0).asText());
                }
                int snapStart = firstErrors.indexOf("Lambda.SnapStartNotReadyException");
                assertThat(snapStart).as(name).isNotNegative();
                assertThat(firstErrors.subList(0, snapStart)).as(name).doesNotContain("States.ALL");
                JsonNode retrier = state.get("Retry").get(snapStart);
                int waited = 0;
                double interval = retrier.get("IntervalSeconds").asInt();
                for (int i = 0; i < retrier.get("MaxAttempts").asInt(); i++) {
                    waited += (int) Math.min(interval, retrier.get("MaxDelaySeconds").asInt());
                    interval *= retrier.get("BackoffRate").asDouble();
                }
                assertThat(waited).as(name + " waits about as long as a snapshot restore takes").isBetween(120, 300);
            }
        });
    }

    @Test
    void everyTaskWaitsForAnInactiveVpcFunctionLikeForAnInactiveSnapStartVersion() {
        // an idle VPC function goes Inactive; Invoke answers ResourceNotReadyException until its ENIs are back
        STATES.forEach((name, state) -> {
            if (state.get("Type").asText().equals("Task")) {
                boolean waited = false;
                for (JsonNode retrier : state.get("Retry")) {
                    List<String> errors = Definition.strings(retrier.get("ErrorEquals"));
                    waited |= errors.contains("Lambda.SnapStartNotReadyException")
                            && errors.contains("Lambda.ResourceNotReadyException");
                }
                assertThat(waited).as(name).isTrue();
            }
        });
    }

    @Test
    void successfulRunVisitsSevenStatesPlusOneExecutorPerPowerValue() {
        // given a run whose Publisher finishes in one batch, and six power values
        int powerValues = 6;
        List<String> visited = new ArrayList<>();
        String name = DEFINITION.get("StartAt").asText();
        // when following the success path (Choice takes Default once the iterator stops)
        while (name != null) {
            JsonNode state = STATES.get(name);
            visited.add(name);
            if (state.get("Type").asText().equals("Map")) {
                for (int i = 0; i < powerValues; i++) {
                    visited.add(state.get("ItemProcessor").get("StartAt").asText());
                }
            }
            name = state.has("Default") ? state.get("Default").asText()
                    : state.has("Next") ? state.get("Next").asText() : null;
        }
        // then
        assertThat(visited).hasSize(7 + powerValues);
        assertThat(visited).startsWith("Initializer", "Publisher", "IsCountReached", "Branching", "Executor")
                .endsWith("Executor", "Cleaner", "Analyzer", "Optimizer");
    }

    private static void assertRetrier(JsonNode retrier, List<String> errors, int interval, int attempts) {
        assertThat(Definition.strings(retrier.get("ErrorEquals"))).containsExactlyElementsOf(errors);
        assertThat(retrier.get("IntervalSeconds").asInt()).isEqualTo(interval);
        assertThat(retrier.get("MaxAttempts").asInt()).isEqualTo(attempts);
        assertThat(retrier.get("BackoffRate").asDouble()).isEqualTo(2.0);
    }

    private static void assertCatchesAllInto(JsonNode state, String resultPath, String next) {
        JsonNode catchers = state.get("Catch");
        assertThat(catchers.size()).isEqualTo(1);
        assertThat(Definition.strings(catchers.get(0).get("ErrorEquals"))).containsExactly("States.ALL");
        assertThat(catchers.get(0).get("ResultPath").asText()).isEqualTo(resultPath);
        assertThat(catchers.get(0).get("Next").asText()).isEqualTo(next);
    }
}
