package dev.powertuner.local.sfn;

import static dev.powertuner.local.sfn.SfnTestSupport.count;
import static dev.powertuner.local.sfn.SfnTestSupport.createMachine;
import static dev.powertuner.local.sfn.SfnTestSupport.history;
import static dev.powertuner.local.sfn.SfnTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.powertuner.local.sfn.LambdaStub.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

class LocalStepFunctionsTaskTest {
    private static final String TASKS = """
            {"StartAt": "Init",
             "States": {
              "Init": {"Type": "Task", "Resource": "${InitArn}", "Parameters": {"input.$": "$", "executionName.$": "$$.Execution.Name"},
                "ResultPath": "$.config", "TimeoutSeconds": 300, "Next": "Branching"},
              "Branching": {"Type": "Map", "ItemsPath": "$.config.values",
                "ItemSelector": {"input.$": "$", "value.$": "$$.Map.Item.Value"},
                "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "Work",
                  "States": {"Work": {"Type": "Task", "Resource": "${WorkArn}", "TimeoutSeconds": 300, "End": true,
                    "Retry": [{"ErrorEquals": ["dev.powertuner.core.error.InvalidInputException"], "MaxAttempts": 0},
                              {"ErrorEquals": ["States.ALL"], "IntervalSeconds": 3, "MaxAttempts": 2, "BackoffRate": 2.0}]}}},
                "ResultPath": "$.stats", "Next": "Check",
                "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Cleanup"}]},
              "Check": {"Type": "Task", "Resource": "${CheckArn}", "ResultPath": "$.analysis", "TimeoutSeconds": 10,
                "OutputPath": "$.analysis", "End": true},
              "Cleanup": {"Type": "Task", "Resource": "${CleanupArn}", "ResultPath": null, "TimeoutSeconds": 300, "Next": "Fail",
                "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.cleanupError", "Next": "Fail"}]},
              "Fail": {"Type": "Fail", "ErrorPath": "$.error.Error", "CausePath": "$.error.Cause"}}}
            """;
    private static final String LAMBDA_ERRORS = """
            {"StartAt": "Call",
             "States": {"Call": {"Type": "Task", "Resource": "${Arn}", "End": true,
               "Retry": [{"ErrorEquals": ["Lambda.TooManyRequestsException"], "IntervalSeconds": 2, "MaxAttempts": 3}]}}}
            """;
    private static final AtomicInteger THROTTLES = new AtomicInteger();

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final AtomicInteger FLAKY_FAILURES = new AtomicInteger();
    private static LambdaStub lambda;
    private static LocalStepFunctions sfn;
    private static SfnClient client;
    private static String machine;

    @BeforeAll
    static void start() throws IOException {
        lambda = new LambdaStub();
        lambda.register("init", payload -> Reply.ok("{\"values\":" + json(payload).path("input").path("values")
                + ",\"name\":\"" + json(payload).path("executionName").asText() + "\"}"));
        lambda.register("work", LocalStepFunctionsTaskTest::work);
        lambda.register("check", payload -> Reply.ok("{\"ok\":true,\"stats\":" + json(payload).path("stats") + "}"));
        lambda.register("busy", payload -> THROTTLES.getAndDecrement() > 0
                ? Reply.apiError(429, "TooManyRequestsException", "Rate exceeded") : Reply.ok("\"done\""));
        lambda.register("cleanup", payload -> payload.contains("cleanupFails")
                ? Reply.thrown("java.lang.IllegalStateException", "cleanup broke") : Reply.ok("\"OK\""));
        sfn = LocalStepFunctions.start(LocalStepFunctions.options().lambdaEndpoint(lambda.endpoint()).retryIntervalMillis(0));
        client = SfnTestSupport.client(sfn);
        String definition = SfnTestSupport.substitute(TASKS, Map.of("InitArn", LambdaStub.arn("init"), "WorkArn", LambdaStub.arn("work"),
                "CheckArn", LambdaStub.arn("check"), "CleanupArn", LambdaStub.arn("cleanup")));
        machine = createMachine(client, "tasks", definition);
    }

    @AfterAll
    static void stop() {
        client.close();
        sfn.close();
        lambda.close();
    }

    private static JsonNode json(String payload) {
        try {
            return MAPPER.readTree(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reply work(String payload) {
        JsonNode event = json(payload);
        String mode = event.path("input").path("mode").asText();
        int value = event.path("value").asInt();
        if ("invalid".equals(mode)) {
            return Reply.thrown("dev.powertuner.core.error.InvalidInputException", "Invalid value: x");
        }
        if ("broken".equals(mode)) {
            return Reply.thrown("java.lang.IllegalStateException", "boom");
        }
        if ("flaky".equals(mode) && value == 2 && FLAKY_FAILURES.getAndIncrement() < 2) {
            return Reply.thrown("java.io.UncheckedIOException", "flaky");
        }
        return Reply.ok("{\"value\":" + value + "}");
    }

    @Test
    void tasksInvokeLambdaWithParametersAndContextAndMapResultsKeepItemOrder() {
        DescribeExecutionResponse done = run(client, machine, "{\"values\":[128,256,512],\"mode\":\"ok\"}");

        assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(done.output()).isEqualTo("{\"ok\":true,\"stats\":[{\"value\":128},{\"value\":256},{\"value\":512}]}");
        assertThat(lambda.calls("init")).anySatisfy(call -> assertThat(call.payload())
                .contains("\"executionName\":\"" + done.name() + "\""));
        List<HistoryEvent> events = history(client, done.executionArn());
        assertThat(count(events, "MapIterationSucceeded")).isEqualTo(3);
        assertThat(count(events, "TaskStateEntered")).isEqualTo(5);
        assertThat(events.stream().filter(e -> e.type() == HistoryEventType.LAMBDA_FUNCTION_SCHEDULED)
                .map(e -> e.lambdaFunctionScheduledEventDetails().resource())).contains(LambdaStub.arn("work"));
    }

    @Test
    void retryReinvokesAFailedTaskUntilItSucceeds() {
        FLAKY_FAILURES.set(0);

        DescribeExecutionResponse done = run(client, machine, "{\"values\":[1,2,3],\"mode\":\"flaky\"}");

        assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        List<HistoryEvent> events = history(client, done.executionArn());
        List<HistoryEvent> failures = events.stream().filter(e -> e.type() == HistoryEventType.LAMBDA_FUNCTION_FAILED).toList();
        assertThat(failures).hasSize(2);
        assertThat(failures.get(0).lambdaFunctionFailedEventDetails().error()).isEqualTo("java.io.UncheckedIOException");
        assertThat(failures.get(0).lambdaFunctionFailedEventDetails().cause()).contains("\"errorMessage\":\"flaky\"");
        assertThat(count(events, "LambdaFunctionScheduled")).isEqualTo(2 + 3 + 2);
    }

    @Test
    void exhaustedRetriesAreCaughtCleanedUpAndSurfaceAsTheExecutionsErrorAndCause() {
        DescribeExecutionResponse done = run(client, machine, "{\"values\":[1,2],\"mode\":\"broken\"}");

        assertThat(done.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(done.error()).isEqualTo("java.lang.IllegalStateException");
        assertThat(done.cause())
                .isEqualTo("{\"errorType\":\"java.lang.IllegalStateException\",\"errorMessage\":\"boom\",\"stackTrace\":[]}");
        assertThat(lambda.calls("cleanup")).anySatisfy(call -> assertThat(call.payload()).contains("\"mode\":\"broken\""));
        List<HistoryEvent> events = history(client, done.executionArn());
        assertThat(count(events, "MapIterationFailed")).isGreaterThanOrEqualTo(1);
        assertThat(count(events, "MapStateFailed")).isEqualTo(1);
        assertThat(count(events, "FailStateEntered")).isEqualTo(1);
        assertThat(events.get(events.size() - 1).type()).isEqualTo(HistoryEventType.EXECUTION_FAILED);
        assertThat(events.stream().filter(e -> e.type() == HistoryEventType.LAMBDA_FUNCTION_FAILED)
                .filter(e -> e.lambdaFunctionFailedEventDetails().error().equals("java.lang.IllegalStateException")).count())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void lambdaApiErrorsAreNamedLikeStepFunctionsNamesThemAndCanBeRetried() {
        String busy = createMachine(client, "busy", SfnTestSupport.substitute(LAMBDA_ERRORS, Map.of("Arn", LambdaStub.arn("busy"))));
        String missing = createMachine(client, "missing", SfnTestSupport.substitute(LAMBDA_ERRORS, Map.of("Arn", LambdaStub.arn("nope"))));
        THROTTLES.set(2);

        DescribeExecutionResponse retried = run(client, busy, "{}");
        DescribeExecutionResponse notFound = run(client, missing, "{}");

        assertThat(retried.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(retried.output()).isEqualTo("\"done\"");
        assertThat(history(client, retried.executionArn()).stream().filter(e -> e.type() == HistoryEventType.LAMBDA_FUNCTION_FAILED)
                .map(e -> e.lambdaFunctionFailedEventDetails().error())).containsExactly("Lambda.TooManyRequestsException",
                "Lambda.TooManyRequestsException");
        assertThat(notFound.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(notFound.error()).isEqualTo("Lambda.ResourceNotFoundException");
        assertThat(notFound.cause()).contains("Function not found");
    }

    @Test
    void aRetrierWithZeroAttemptsStopsRetriesForItsErrors() {
        DescribeExecutionResponse done = run(client, machine, "{\"values\":[7],\"mode\":\"invalid\"}");

        assertThat(done.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(done.error()).isEqualTo("dev.powertuner.core.error.InvalidInputException");
        assertThat(count(history(client, done.executionArn()), "LambdaFunctionFailed")).isEqualTo(1);
    }

    @Test
    void aFailingCleanupKeepsTheOriginalError() {
        DescribeExecutionResponse done = run(client, machine, "{\"values\":[1],\"mode\":\"broken\",\"cleanupFails\":true}");

        assertThat(done.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(done.error()).isEqualTo("java.lang.IllegalStateException");
        assertThat(done.cause()).contains("boom").doesNotContain("cleanup broke");
    }
}
