package dev.powertuner.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/** One finished execution of the tuner: DescribeExecution plus its whole history. */
record TunerRun(DescribeExecutionResponse execution, List<HistoryEvent> history) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    TunerRun {
        history = List.copyOf(history);
    }

    ExecutionStatus status() {
        return execution.status();
    }

    String name() {
        return execution.name();
    }

    String error() {
        return execution.error();
    }

    String cause() {
        return execution.cause();
    }

    /** The execution output (the analysis), MissingNode when there is none. */
    JsonNode output() {
        if (execution.output() == null) {
            return MissingNode.getInstance();
        }
        try {
            return MAPPER.readTree(execution.output());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Output is not JSON: " + execution.output(), e);
        }
    }

    /** The cause as the Lambda error document it is for function errors ({@code errorType}, {@code errorMessage}). */
    JsonNode causeDocument() {
        try {
            return MAPPER.readTree(cause());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cause is not a JSON error document: " + cause(), e);
        }
    }

    long count(String eventType) {
        return history.stream().filter(e -> e.typeAsString().equals(eventType)).count();
    }

    /** State transitions as Step Functions bills them: one per state entered. */
    long stateTransitions() {
        return history.stream().filter(e -> e.typeAsString().endsWith("StateEntered")).count();
    }

    /** Names of the states entered, in history order. */
    List<String> statesEntered() {
        return history.stream().filter(e -> e.stateEnteredEventDetails() != null)
                .map(e -> e.stateEnteredEventDetails().name()).collect(Collectors.toList());
    }

    /** Errors of the Lambda task failures, in history order. */
    List<String> taskErrors() {
        return history.stream().map(HistoryEvent::lambdaFunctionFailedEventDetails).filter(Objects::nonNull)
                .map(d -> d.error()).collect(Collectors.toList());
    }

    /** A short description for assertion messages. */
    String describe() {
        return status() + " " + error() + ": " + cause() + " / states " + statesEntered();
    }
}
