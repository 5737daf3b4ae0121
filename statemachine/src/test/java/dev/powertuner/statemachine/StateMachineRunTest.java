package dev.powertuner.statemachine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the definition on aws-local-stepfunctions (the root package.json) with scripted Task results, all scenarios
 * in one node process: the success path, the Choice loop, retries, catches and the Fail state. Handler behaviour
 * itself is the end-to-end suite's business.
 */
class StateMachineRunTest {
    private static final String ERROR_PACKAGE = "dev.powertuner.core.error.";

    @TempDir
    static Path temp;

    private static JsonNode reports;

    @BeforeAll
    static void runScenarios() throws Exception {
        ObjectNode scenarios = Definition.MAPPER.createObjectNode();
        scenarios.set("success", scenario(6));
        ObjectNode loop = scenario(2);
        respond(loop, "Publisher", ok(lambdaConfigurations(2, 1, true)), ok(lambdaConfigurations(2, 2, false)));
        scenarios.set("publisherLoop", loop);
        scenarios.set("publisherTransient", respond(scenario(2), "Publisher", fail("Lambda.ServiceException")));
        ObjectNode mapFailure = respond(scenario(3), "Executor", fail(ERROR_PACKAGE + "InvalidInputException"));
        scenarios.set("mapFailureAndCleanupFailure", respond(mapFailure, "CleanUpOnError", fail("java.lang.IllegalStateException")));
        scenarios.set("executorFlaky", respond(scenario(1), "Executor", fail("Lambda.Unknown"), fail("States.Timeout"),
                ok(Definition.MAPPER.createObjectNode().put("value", 128))));
        scenarios.set("executorThrottled", respond(scenario(1), "Executor", fail("Lambda.TooManyRequestsException"),
                fail("Lambda.TooManyRequestsException"), fail("Lambda.TooManyRequestsException"),
                ok(Definition.MAPPER.createObjectNode().put("value", 128))));
        scenarios.set("cleanerBroken", respond(scenario(1), "Cleaner", fail("java.lang.RuntimeException")));
        scenarios.set("analyzerFails", respond(scenario(2), "Analyzer", fail(ERROR_PACKAGE + "AllPowerValuesFailedException")));
        scenarios.set("analyzerColdStartTimeout", respond(scenario(2), "Analyzer", fail("States.Timeout"),
                ok(Definition.MAPPER.createObjectNode().put("power", 256))));
        scenarios.set("snapStartInactive", respond(scenario(1), "Initializer", fail("Lambda.SnapStartNotReadyException"),
                fail("Lambda.SnapStartNotReadyException"), ok(lambdaConfigurations(1, 0, true))));
        reports = run(scenarios);
    }

    @Test
    void successfulRunOfSixValuesEntersThirteenStatesAndOutputsTheAnalysis() {
        JsonNode report = reports.get("success");

        assertThat(report.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(report.get("output").get("power").asInt()).isEqualTo(256);
        assertThat(entered(report)).hasSize(13).containsSubsequence("Initializer", "Publisher", "IsCountReached",
                "Branching", "Executor", "Cleaner", "Analyzer", "Optimizer");
        assertThat(Collections.frequency(entered(report), "Executor")).isEqualTo(6);
    }

    @Test
    void choiceLoopsThroughThePublisherUntilTheIteratorStops() {
        JsonNode report = reports.get("publisherLoop");

        assertThat(report.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(entered(report)).startsWith("Initializer", "Publisher", "IsCountReached", "Publisher", "IsCountReached",
                "Branching");
    }

    @Test
    void transientPublisherErrorIsRetriedThenCleanedUpAndReportedAsTheOriginalError() {
        JsonNode report = reports.get("publisherTransient");

        assertThat(report.get("calls").get("Publisher").asInt()).isEqualTo(4);
        assertThat(report.get("status").asText()).isEqualTo("FAILED");
        assertThat(report.get("error").asText()).isEqualTo("Lambda.ServiceException");
        assertThat(entered(report)).endsWith("CleanUpOnError", "Fail").doesNotContain("Branching");
    }

    @Test
    void validationErrorInTheMapIsNotRetriedAndACleanupFailureDoesNotMaskIt() {
        JsonNode report = reports.get("mapFailureAndCleanupFailure");

        assertThat(report.get("calls").get("Executor").asInt()).isBetween(1, 3);
        assertThat(report.get("calls").get("CleanUpOnError").asInt()).isEqualTo(1);
        assertThat(report.get("status").asText()).isEqualTo("FAILED");
        assertThat(report.get("error").asText()).isEqualTo(ERROR_PACKAGE + "InvalidInputException");
        assertThat(entered(report)).endsWith("CleanUpOnError", "Fail").doesNotContain("Cleaner");
    }

    @Test
    void executorRetriesOtherErrorsTwice() {
        JsonNode report = reports.get("executorFlaky");

        assertThat(report.get("calls").get("Executor").asInt()).isEqualTo(3);
        assertThat(report.get("status").asText()).isEqualTo("SUCCEEDED");
    }

    @Test
    void executorThrottledThreeTimesIsRetriedUntilItRuns() {
        JsonNode report = reports.get("executorThrottled");

        assertThat(report.get("calls").get("Executor").asInt()).isEqualTo(4);
        assertThat(report.get("status").asText()).isEqualTo("SUCCEEDED");
    }

    @Test
    void cleanerIsTriedThreeTimesThenTheErrorPathCleansUpAndFails() {
        JsonNode report = reports.get("cleanerBroken");

        assertThat(report.get("calls").get("Cleaner").asInt()).isEqualTo(3);
        assertThat(report.get("error").asText()).isEqualTo("java.lang.RuntimeException");
        assertThat(entered(report)).endsWith("Cleaner", "CleanUpOnError", "Fail");
    }

    @Test
    void analyzerErrorEndsTheRunFailedWithoutASecondCleanup() {
        JsonNode report = reports.get("analyzerFails");

        assertThat(report.get("status").asText()).isEqualTo("FAILED");
        assertThat(report.get("error").asText()).isEqualTo(ERROR_PACKAGE + "AllPowerValuesFailedException");
        assertThat(report.get("calls").get("Analyzer").asInt()).isEqualTo(1);
        assertThat(entered(report)).endsWith("Cleaner", "Analyzer").doesNotContain("CleanUpOnError");
    }

    @Test
    void analyzerTimedOutOnAColdStartIsRetriedAndTheRunSucceeds() {
        JsonNode report = reports.get("analyzerColdStartTimeout");

        assertThat(report.get("calls").get("Analyzer").asInt()).isEqualTo(2);
        assertThat(report.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(report.get("output").get("power").asInt()).isEqualTo(256);
    }

    @Test
    void inactiveSnapStartVersionIsWaitedFor() {
        JsonNode report = reports.get("snapStartInactive");

        assertThat(report.get("calls").get("Initializer").asInt()).isEqualTo(3);
        assertThat(report.get("status").asText()).isEqualTo("SUCCEEDED");
    }

    private static ObjectNode scenario(int powerValues) {
        ObjectNode scenario = Definition.MAPPER.createObjectNode();
        scenario.putObject("input").put("lambdaARN", "arn:aws:lambda:us-east-1:123456789012:function:target").put("num", 5);
        scenario.putObject("handlers");
        respond(scenario, "Initializer", ok(lambdaConfigurations(powerValues, 0, true)));
        respond(scenario, "Publisher", ok(lambdaConfigurations(powerValues, powerValues, false)));
        respond(scenario, "Executor", ok(Definition.MAPPER.createObjectNode().put("value", 128).put("averageDuration", 2.0)));
        respond(scenario, "Analyzer", ok(Definition.MAPPER.createObjectNode().put("power", 256)));
        for (String state : new String[] {"Cleaner", "CleanUpOnError", "Optimizer"}) {
            respond(scenario, state, ok(Definition.MAPPER.getNodeFactory().textNode("OK")));
        }
        return scenario;
    }

    private static ObjectNode lambdaConfigurations(int count, int index, boolean more) {
        ObjectNode configurations = Definition.MAPPER.createObjectNode();
        ArrayNode values = configurations.putArray("powerValues");
        for (int i = 0; i < count; i++) {
            values.add(128 * (i + 1));
        }
        configurations.putObject("iterator").put("index", index).put("count", count).put("continue", more);
        return configurations;
    }

    private static ObjectNode respond(ObjectNode scenario, String state, JsonNode... responses) {
        ArrayNode list = ((ObjectNode) scenario.get("handlers")).putArray(state);
        for (JsonNode response : responses) {
            list.add(response);
        }
        return scenario;
    }

    private static JsonNode ok(JsonNode value) {
        ObjectNode response = Definition.MAPPER.createObjectNode();
        response.set("return", value);
        return response;
    }

    private static JsonNode fail(String errorName) {
        ObjectNode response = Definition.MAPPER.createObjectNode();
        response.putObject("throw").put("name", errorName).put("message", errorName + " thrown by the test");
        return response;
    }

    private static List<String> entered(JsonNode report) {
        List<String> states = new ArrayList<>();
        report.get("entered").forEach(state -> states.add(state.asText()));
        return states;
    }

    private static JsonNode run(ObjectNode scenarios) throws IOException, InterruptedException {
        String definition = Definition.rendered("arn:aws:lambda:us-east-1:123456789012:function:", 300);
        Path definitionFile = Files.writeString(temp.resolve("definition.json"), definition);
        Path scenariosFile = temp.resolve("scenarios.json");
        Definition.MAPPER.writeValue(scenariosFile.toFile(), scenarios);
        Path script = Path.of(StateMachineRunTest.class.getResource("/run-definition.mjs").getPath());
        Process process = new ProcessBuilder("node", script.toString(), Definition.root().toString(),
                definitionFile.toString(), scenariosFile.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("node did not finish");
        }
        assertThat(process.exitValue()).as(output).isZero();
        return Definition.MAPPER.readTree(output);
    }
}
