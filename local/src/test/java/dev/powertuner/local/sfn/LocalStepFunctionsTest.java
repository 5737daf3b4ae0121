package dev.powertuner.local.sfn;

import static dev.powertuner.local.sfn.SfnTestSupport.await;
import static dev.powertuner.local.sfn.SfnTestSupport.count;
import static dev.powertuner.local.sfn.SfnTestSupport.createMachine;
import static dev.powertuner.local.sfn.SfnTestSupport.history;
import static dev.powertuner.local.sfn.SfnTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.InvalidDefinitionException;
import software.amazon.awssdk.services.sfn.model.InvalidExecutionInputException;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;

class LocalStepFunctionsTest {
    private static final String PASS_CHOICE_MAP = """
            {"StartAt": "Items",
             "States": {
              "Items": {"Type": "Pass", "Result": [128, 256, 512], "ResultPath": "$.values", "Next": "Branching"},
              "Branching": {"Type": "Map", "ItemsPath": "$.values",
                "ItemSelector": {"value.$": "$$.Map.Item.Value", "run.$": "$$.Execution.Name"},
                "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "Double",
                  "States": {"Double": {"Type": "Pass", "Parameters": {"value.$": "$.value", "run.$": "$.run",
                    "double.$": "States.MathAdd($.value, $.value)"}, "End": true}}},
                "ResultPath": "$.stats", "Next": "IsBig"},
              "IsBig": {"Type": "Choice", "Choices": [{"Variable": "$.big", "BooleanEquals": true, "Next": "Big"}],
                "Default": "Small"},
              "Big": {"Type": "Pass", "Result": "big", "ResultPath": "$.size", "End": true},
              "Small": {"Type": "Pass", "Result": "small", "ResultPath": "$.size", "End": true}}}
            """;
    private static final String FAIL_WITH_PATHS = """
            {"StartAt": "Broken",
             "States": {
              "Broken": {"Type": "Pass", "Result": {"Error": "dev.powertuner.core.error.PayloadException", "Cause": "bad payload"},
                "ResultPath": "$.error", "Next": "Fail"},
              "Fail": {"Type": "Fail", "ErrorPath": "$.error.Error", "CausePath": "$.error.Cause"}}}
            """;
    private static final String WAIT = """
            {"StartAt": "Wait", "States": {"Wait": {"Type": "Wait", "Seconds": 30, "End": true}}}
            """;
    private static final String TIMES_OUT = """
            {"StartAt": "Wait", "TimeoutSeconds": 1, "States": {"Wait": {"Type": "Wait", "Seconds": 20, "End": true}}}
            """;

    private static LocalStepFunctions sfn;
    private static SfnClient client;
    private static String mapMachine;

    @BeforeAll
    static void start() {
        sfn = LocalStepFunctions.start();
        client = SfnTestSupport.client(sfn);
        mapMachine = createMachine(client, "pass-choice-map", PASS_CHOICE_MAP);
    }

    @AfterAll
    static void stop() {
        client.close();
        sfn.close();
    }

    @Test
    void createStateMachineReturnsArnAndDescribeReturnsTheDefinition() {
        assertThat(mapMachine).isEqualTo(sfn.stateMachineArn("pass-choice-map"));

        var described = client.describeStateMachine(b -> b.stateMachineArn(mapMachine));

        assertThat(described.name()).isEqualTo("pass-choice-map");
        assertThat(described.definition()).isEqualTo(PASS_CHOICE_MAP);
        assertThat(described.statusAsString()).isEqualTo("ACTIVE");
    }

    @Test
    void passMapAndChoiceRunToTheExpectedOutput() {
        String arn = client.startExecution(b -> b.stateMachineArn(mapMachine).name("run-1").input("{\"big\": true}")).executionArn();

        DescribeExecutionResponse done = await(client, arn);

        assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(done.output()).isEqualTo("{\"big\":true,\"values\":[128,256,512],\"stats\":["
                + "{\"value\":128,\"run\":\"run-1\",\"double\":256},{\"value\":256,\"run\":\"run-1\",\"double\":512},"
                + "{\"value\":512,\"run\":\"run-1\",\"double\":1024}],\"size\":\"big\"}");
        assertThat(done.stopDate()).isAfterOrEqualTo(done.startDate());
        assertThat(arn).isEqualTo("arn:aws:states:us-east-1:000000000000:execution:pass-choice-map:run-1");
    }

    @Test
    void historyHasStateAndMapIterationEventsWithLinkedIds() {
        DescribeExecutionResponse done = run(client, mapMachine, "{\"big\": false}");

        List<HistoryEvent> events = history(client, done.executionArn());

        assertThat(events.get(0).type()).isEqualTo(HistoryEventType.EXECUTION_STARTED);
        assertThat(events.get(events.size() - 1).type()).isEqualTo(HistoryEventType.EXECUTION_SUCCEEDED);
        assertThat(count(events, "MapIterationStarted")).isEqualTo(3);
        assertThat(count(events, "MapIterationSucceeded")).isEqualTo(3);
        assertThat(count(events, "MapStateEntered")).isEqualTo(1);
        assertThat(count(events, "ChoiceStateEntered")).isEqualTo(1);
        assertThat(count(events, "PassStateEntered")).isEqualTo(5);
        assertThat(events).extracting(HistoryEvent::id).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(1, events.size()).boxed().collect(Collectors.toList()));
        assertThat(events.get(1).previousEventId()).isEqualTo(1L);
        assertThat(events.stream().filter(e -> e.type() == HistoryEventType.MAP_ITERATION_STARTED)
                .map(e -> e.mapIterationStartedEventDetails().index())).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(events.stream().filter(e -> e.type() == HistoryEventType.CHOICE_STATE_ENTERED).findFirst().orElseThrow()
                .stateEnteredEventDetails().name()).isEqualTo("IsBig");
    }

    @Test
    void aChoiceOnAMissingPathFailsTheExecution() {
        DescribeExecutionResponse done = run(client, mapMachine, "{}");

        assertThat(done.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(done.error()).isEqualTo("States.Runtime");
    }

    @Test
    void historyPagesAndReverses() {
        DescribeExecutionResponse done = run(client, mapMachine, "{\"big\": false}");
        int total = history(client, done.executionArn()).size();

        GetExecutionHistoryResponse first = client.getExecutionHistory(b -> b.executionArn(done.executionArn())
                .maxResults(4).reverseOrder(true));
        GetExecutionHistoryResponse second = client.getExecutionHistory(b -> b.executionArn(done.executionArn())
                .maxResults(4).reverseOrder(true).nextToken(first.nextToken()));

        assertThat(first.events()).hasSize(4);
        assertThat(first.events().get(0).type()).isEqualTo(HistoryEventType.EXECUTION_SUCCEEDED);
        assertThat(first.events().get(0).id()).isEqualTo(total);
        assertThat(second.events().get(0).id()).isEqualTo(total - 4L);
        assertThat(first.nextToken()).isNotNull();
    }

    @Test
    void historyWithoutExecutionDataOmitsInputs() {
        DescribeExecutionResponse done = run(client, mapMachine, "{\"big\": false}");

        GetExecutionHistoryResponse page = client.getExecutionHistory(b -> b.executionArn(done.executionArn())
                .includeExecutionData(false));

        assertThat(page.events().get(0).executionStartedEventDetails().input()).isNull();
    }

    @Test
    void failStateWithErrorPathAndCausePathSetsTheExecutionErrorAndCause() {
        String machine = createMachine(client, "fail-paths", FAIL_WITH_PATHS);

        DescribeExecutionResponse done = run(client, machine, "{}");

        assertThat(done.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(done.error()).isEqualTo("dev.powertuner.core.error.PayloadException");
        assertThat(done.cause()).isEqualTo("bad payload");
        assertThat(done.output()).isNull();
        List<HistoryEvent> events = history(client, done.executionArn());
        assertThat(events.get(events.size() - 1).executionFailedEventDetails().error())
                .isEqualTo("dev.powertuner.core.error.PayloadException");
        assertThat(count(events, "FailStateEntered")).isEqualTo(1);
    }

    @Test
    void stopExecutionAbortsARunningExecution() {
        String machine = createMachine(client, "waits", WAIT);
        String arn = client.startExecution(b -> b.stateMachineArn(machine)).executionArn();

        client.stopExecution(b -> b.executionArn(arn).error("Stopped").cause("by the test"));

        DescribeExecutionResponse done = client.describeExecution(b -> b.executionArn(arn));
        assertThat(done.status()).isEqualTo(ExecutionStatus.ABORTED);
        assertThat(done.error()).isEqualTo("Stopped");
        List<HistoryEvent> events = history(client, arn);
        assertThat(events.get(events.size() - 1).type()).isEqualTo(HistoryEventType.EXECUTION_ABORTED);
    }

    @Test
    void anExecutionPastItsTimeoutIsTimedOut() {
        String machine = createMachine(client, "times-out", TIMES_OUT);

        DescribeExecutionResponse done = run(client, machine, "{}");

        assertThat(done.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        assertThat(done.error()).isEqualTo("States.Timeout");
    }

    @Test
    void listExecutionsFiltersByStatusNewestFirst() {
        String machine = createMachine(client, "listed", FAIL_WITH_PATHS);
        DescribeExecutionResponse first = run(client, machine, "{}");
        DescribeExecutionResponse second = run(client, machine, "{}");

        List<ExecutionListItem> failed = client.listExecutions(b -> b.stateMachineArn(machine).statusFilter("FAILED")).executions();
        List<ExecutionListItem> succeeded = client.listExecutions(b -> b.stateMachineArn(machine).statusFilter("SUCCEEDED"))
                .executions();

        assertThat(failed).extracting(ExecutionListItem::executionArn)
                .containsExactly(second.executionArn(), first.executionArn());
        assertThat(succeeded).isEmpty();
    }

    @Test
    void unknownResourcesAreTheSdksNotFoundExceptions() {
        assertThatThrownBy(() -> client.describeStateMachine(b -> b.stateMachineArn(sfn.stateMachineArn("missing"))))
                .isInstanceOf(StateMachineDoesNotExistException.class);
        assertThatThrownBy(() -> client.describeExecution(b -> b.executionArn(mapMachine.replace("stateMachine", "execution") + ":x")))
                .isInstanceOf(ExecutionDoesNotExistException.class);
    }

    @Test
    void invalidDefinitionsAndInputsAreRejected() {
        assertThatThrownBy(() -> createMachine(client, "invalid", "{\"StartAt\": \"Nowhere\", \"States\": {}}"))
                .isInstanceOf(InvalidDefinitionException.class);
        assertThatThrownBy(() -> client.startExecution(b -> b.stateMachineArn(mapMachine).input("{not json")))
                .isInstanceOf(InvalidExecutionInputException.class);
    }

    @Test
    void reusingAnExecutionNameWithAnotherInputIsRejected() {
        DescribeExecutionResponse done = run(client, mapMachine, "{\"big\": false, \"n\": 1}");

        assertThatThrownBy(() -> client.startExecution(b -> b.stateMachineArn(mapMachine).name(done.name())
                .input("{\"big\": false, \"n\": 2}")))
                .isInstanceOf(ExecutionAlreadyExistsException.class);
    }
}
