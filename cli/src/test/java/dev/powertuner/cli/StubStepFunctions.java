package dev.powertuner.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A stub AWS endpoint on 127.0.0.1: Step Functions over the JSON 1.0 protocol (StartExecution, DescribeExecution,
 * GetExecutionHistory, DescribeStateMachine) and CloudFormation DescribeStacks over the query protocol. Each test
 * configures the execution's end state.
 */
final class StubStepFunctions implements AutoCloseable {
    static final String STATE_MACHINE = "arn:aws:states:eu-west-1:123456789012:stateMachine:powerTuningStateMachine";
    static final String EXECUTION = "arn:aws:states:eu-west-1:123456789012:execution:powerTuningStateMachine:run-1";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    final List<String> targets = new CopyOnWriteArrayList<>();
    final List<JsonNode> startRequests = new CopyOnWriteArrayList<>();
    final List<String> stackRequests = new CopyOnWriteArrayList<>();
    volatile String status = "SUCCEEDED";
    volatile String output;
    volatile String error;
    volatile String cause;
    volatile int runningPolls;
    volatile int mapIterationsDone;
    /** Top-level states the history shows as entered, in order (Branching as a Map state, the others as Tasks). */
    volatile List<String> statesEntered = List.of();
    /** When set, StartExecution answers 400 with this error type ({@code __type}) and {@link #startErrorMessage}. */
    volatile String startError;
    volatile String startErrorMessage;
    /** When true, DescribeStacks answers that the stack does not exist. */
    volatile boolean stackMissing;

    StubStepFunctions() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    StubStepFunctions succeeds(String outputJson) {
        status = "SUCCEEDED";
        output = outputJson;
        return this;
    }

    StubStepFunctions ends(String endStatus, String errorName, String causeText) {
        status = endStatus;
        error = errorName;
        cause = causeText;
        return this;
    }

    /** CloudFormation's query API: the stack and its outputs, or the error of a missing stack. */
    private void handleDescribeStacks(HttpExchange exchange, String body) throws IOException {
        targets.add("DescribeStacks");
        stackRequests.add(body);
        if (stackMissing) {
            reply(exchange, 400, "text/xml", "<ErrorResponse><Error><Type>Sender</Type><Code>ValidationError</Code>"
                    + "<Message>Stack with id powertuner does not exist</Message></Error><RequestId>1</RequestId></ErrorResponse>");
            return;
        }
        reply(exchange, 200, "text/xml", describeStacks());
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        if (target == null && body.contains("Action=DescribeStacks")) {
            handleDescribeStacks(exchange, body);
            return;
        }
        String operation = target == null ? "" : target.substring(target.indexOf('.') + 1);
        targets.add(operation);
        JsonNode request = body.isEmpty() ? MAPPER.createObjectNode() : MAPPER.readTree(body);
        ObjectNode response = MAPPER.createObjectNode();
        switch (operation) {
            case "StartExecution" -> {
                if (startError != null) {
                    reply(exchange, 400, "application/x-amz-json-1.0", MAPPER.writeValueAsString(MAPPER.createObjectNode()
                            .put("__type", startError).put("message", startErrorMessage)));
                    return;
                }
                startRequests.add(request);
                response.put("executionArn", EXECUTION).put("startDate", 1.7e9);
            }
            case "DescribeExecution" -> describeExecution(response);
            case "GetExecutionHistory" -> history(response);
            case "DescribeStateMachine" -> response.put("stateMachineArn", STATE_MACHINE).put("name", "powerTuningStateMachine")
                    .put("definition", "{}").put("roleArn", "arn:aws:iam::123456789012:role/r").put("type", "STANDARD")
                    .put("creationDate", 1.7e9).put("status", "ACTIVE");
            default -> {
                reply(exchange, 400, "application/x-amz-json-1.0",
                        "{\"__type\":\"InvalidAction\",\"message\":\"unsupported " + operation + "\"}");
                return;
            }
        }
        reply(exchange, 200, "application/x-amz-json-1.0", MAPPER.writeValueAsString(response));
    }

    private void describeExecution(ObjectNode response) {
        response.put("executionArn", EXECUTION).put("stateMachineArn", STATE_MACHINE).put("name", "run-1")
                .put("startDate", 1.7e9).put("input", startRequests.isEmpty() ? "{}" : startRequests.get(0).path("input").asText());
        synchronized (this) {
            if (runningPolls > 0) {
                runningPolls--;
                response.put("status", "RUNNING");
                return;
            }
        }
        response.put("status", status).put("stopDate", 1.7e9 + 60);
        if (output != null) {
            response.put("output", output);
        }
        if (error != null) {
            response.put("error", error);
        }
        if (cause != null) {
            response.put("cause", cause);
        }
    }

    private void history(ObjectNode response) {
        ArrayNode events = response.putArray("events");
        events.addObject().put("id", 1).put("timestamp", 1.7e9).put("type", "ExecutionStarted");
        for (String state : statesEntered) {
            events.addObject().put("id", events.size() + 1).put("timestamp", 1.7e9)
                    .put("type", "Branching".equals(state) ? "MapStateEntered" : "TaskStateEntered")
                    .putObject("stateEnteredEventDetails").put("name", state);
        }
        if (mapIterationsDone > 0) {
            events.addObject().put("id", events.size() + 1).put("timestamp", 1.7e9).put("type", "TaskStateEntered")
                    .putObject("stateEnteredEventDetails").put("name", "Executor");
        }
        for (int i = 0; i < mapIterationsDone; i++) {
            events.addObject().put("id", events.size() + 1).put("timestamp", 1.7e9).put("type", i % 2 == 0
                    ? "MapIterationSucceeded" : "MapIterationFailed").put("previousEventId", events.size());
        }
    }

    private static String describeStacks() {
        return "<DescribeStacksResponse xmlns=\"http://cloudformation.amazonaws.com/doc/2010-05-15/\"><DescribeStacksResult>"
                + "<Stacks><member><StackName>powertuner</StackName><StackStatus>CREATE_COMPLETE</StackStatus>"
                + "<CreationTime>2026-01-01T00:00:00Z</CreationTime><Outputs><member><OutputKey>StateMachineARN</OutputKey>"
                + "<OutputValue>" + STATE_MACHINE + "</OutputValue></member></Outputs></member></Stacks>"
                + "</DescribeStacksResult><ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></DescribeStacksResponse>";
    }

    private static void reply(HttpExchange exchange, int code, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("x-amzn-RequestId", "stub");
        exchange.sendResponseHeaders(code, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
