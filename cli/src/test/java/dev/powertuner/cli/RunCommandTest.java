package dev.powertuner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RunCommandTest {
    private static final String OUTPUT = Fixtures.text("outputs/x86.json");
    private static final String[] RUN = {"run", "--state-machine-arn", StubStepFunctions.STATE_MACHINE,
        "--function", "my-function", "--num", "10", "--poll-interval-ms", "1"};

    private StubStepFunctions stub;

    @BeforeEach
    void start() throws IOException {
        stub = new StubStepFunctions();
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    private CliHarness.Result run(String... extra) {
        String[] args = new String[RUN.length + extra.length];
        System.arraycopy(RUN, 0, args, 0, RUN.length);
        System.arraycopy(extra, 0, args, RUN.length, extra.length);
        return CliHarness.run(stub.endpoint(), args);
    }

    @Test
    void succeededRunPrintsTableOptimumAndLinksAndExitsZero() {
        stub.succeeds(OUTPUT).runningPolls = 2;

        CliHarness.Result result = run();

        assertThat(result.code()).isEqualTo(0);
        assertThat(result.out()).contains("* 512 MB", "12.87 ms", "14.00 ms", "1.0752e-07", "Lambda.Unknown")
                .contains("visualization: https://lambda-power-tuning.show/#gAAAAQAC;")
                .contains("console: https://eu-west-1.console.aws.amazon.com/states/home?region=eu-west-1"
                        + "#/v2/executions/details/" + StubStepFunctions.EXECUTION);
        assertThat(stub.targets).containsSubsequence("StartExecution", "DescribeExecution", "DescribeExecution",
                "DescribeExecution");
    }

    @Test
    void jsonPrintsExactlyTheStateMachineOutput() {
        stub.succeeds(OUTPUT);

        CliHarness.Result result = run("--json");

        assertThat(result.code()).isEqualTo(0);
        assertThat(result.out()).isEqualTo(OUTPUT + System.lineSeparator());
    }

    @Test
    void noWaitPrintsTheExecutionArnOnly() {
        CliHarness.Result result = run("--no-wait");

        assertThat(result.code()).isEqualTo(0);
        assertThat(result.out().trim()).isEqualTo(StubStepFunctions.EXECUTION);
        assertThat(stub.targets).containsExactly("StartExecution");
    }

    @Test
    void failedRunPrintsErrorAndCauseAndExitsOne() {
        stub.ends("FAILED", "dev.powertuner.core.error.AllPowerValuesFailedException", "128: Lambda.Unknown");

        CliHarness.Result result = run();

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("execution FAILED: dev.powertuner.core.error.AllPowerValuesFailedException: "
                + "128: Lambda.Unknown");
        assertThat(result.out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"TIMED_OUT", "ABORTED"})
    void timedOutAndAbortedRunsExitOne(String status) {
        stub.ends(status, null, null);

        CliHarness.Result result = run("--json");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("execution " + status);
        assertThat(result.out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "null", "{\"cost\":1.0}"})
    void succeededWithoutPowerExitsOne(String output) {
        stub.succeeds(output);

        CliHarness.Result result = run();

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("SUCCEEDED without a result");
    }

    @Test
    void dryRunWithNullOutputExitsZero() {
        stub.succeeds("null");

        CliHarness.Result result = run("--dry-run");

        assertThat(result.code()).isEqualTo(0);
        assertThat(result.out()).contains("dry run");
    }

    @Test
    void maxCostBreachExitsThree() {
        stub.succeeds(OUTPUT);

        CliHarness.Result result = run("--max-cost", "1e-7");

        assertThat(result.code()).isEqualTo(3);
        assertThat(result.err()).contains("threshold breached: cost 1.0752e-07 exceeds --max-cost 1.0000e-07");
        assertThat(result.out()).contains("* 512 MB");
    }

    @Test
    void maxDurationBreachExitsThree() {
        stub.succeeds(OUTPUT);

        CliHarness.Result result = run("--max-duration", "10");

        assertThat(result.code()).isEqualTo(3);
        assertThat(result.err()).contains("duration 12.87 ms exceeds --max-duration 10.00 ms");
    }

    @Test
    void unexpectedPowerExitsThreeEvenWithJson() {
        stub.succeeds(OUTPUT);

        CliHarness.Result result = run("--expect-power", "256", "--json");

        assertThat(result.code()).isEqualTo(3);
        assertThat(result.out()).isEqualTo(OUTPUT + System.lineSeparator());
        assertThat(result.err()).contains("optimum 512 MB is not --expect-power 256 MB");
    }

    @Test
    void thresholdsThatHoldExitZero() {
        stub.succeeds(OUTPUT);

        CliHarness.Result result = run("--max-cost", "2e-7", "--max-duration", "13", "--expect-power", "512");

        assertThat(result.code()).isEqualTo(0);
        assertThat(result.err()).doesNotContain("threshold");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--bogus", "--strategy=fastest", "--num=ten", "--no-wait --html=r.html", "--power-values=128,x"})
    void usageErrorsExitTwoWithoutStartingAnExecution(String flags) {
        CliHarness.Result result = run(flags.split(" "));

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).isNotEmpty();
        assertThat(stub.targets).isEmpty();
    }

    @Test
    void missingFunctionIsAUsageError() {
        CliHarness.Result result = CliHarness.run(stub.endpoint(), "run", "--state-machine-arn", StubStepFunctions.STATE_MACHINE);

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--function");
    }

    @Test
    void flagsOverrideTheInputFileAndOutputResultsAreOnByDefault(@TempDir Path dir) throws IOException {
        // given
        Path input = dir.resolve("input.json");
        Files.writeString(input, "{\"lambdaARN\":\"arn:aws:lambda:eu-west-1:123456789012:function:f\",\"num\":5,"
                + "\"strategy\":\"cost\",\"payload\":{}}", StandardCharsets.UTF_8);
        stub.succeeds(OUTPUT);

        // when
        CliHarness.Result result = CliHarness.run(stub.endpoint(), "run", "--state-machine-arn", StubStepFunctions.STATE_MACHINE,
                "--input", input.toString(), "--strategy", "balanced", "--balanced-weight", "0.3", "--power-values", "128,256",
                "--parallel", "--payload", "{\"a\":1}", "--poll-interval-ms", "1");

        // then
        assertThat(result.code()).isEqualTo(0);
        String sent = stub.startRequests.get(0).path("input").asText();
        assertThat(Json.parse(sent, "input")).isEqualTo(Json.parse("{\"lambdaARN\":\"arn:aws:lambda:eu-west-1:123456789012:function:f\","
                + "\"num\":5,\"strategy\":\"balanced\",\"payload\":{\"a\":1},\"powerValues\":[128,256],\"balancedWeight\":0.3,"
                + "\"parallelInvocation\":true,\"includeOutputResults\":true}", "expected"));
    }

    @Test
    void inputFromStdinKeepsAnExplicitIncludeOutputResults() {
        stub.succeeds(OUTPUT);

        String input = "{\"lambdaARN\":\"f\",\"num\":5,\"includeOutputResults\":false}";
        CliHarness.Result result = CliHarness.runWithStdin(stub.endpoint(), input,
                "run", "--state-machine-arn", StubStepFunctions.STATE_MACHINE, "--input", "-", "--poll-interval-ms", "1");

        assertThat(result.code()).isEqualTo(0);
        assertThat(stub.startRequests.get(0).path("input").asText()).contains("\"includeOutputResults\":false");
    }

    @Test
    void stateMachineComesFromTheStackOutput() {
        stub.succeeds(OUTPUT);

        CliHarness.Result result = CliHarness.run(stub.endpoint(), "run", "--function", "f", "--num", "5", "--poll-interval-ms", "1");

        assertThat(result.code()).isEqualTo(0);
        assertThat(stub.targets).startsWith("DescribeStacks", "StartExecution");
        assertThat(stub.startRequests.get(0).path("stateMachineArn").asText()).isEqualTo(StubStepFunctions.STATE_MACHINE);
    }

    @Test
    void defaultStackIsTheOneTheCdkAppDeploys() {
        // infra's PowerTunerApp names the stack "powertuner" unless -c stackName=... says otherwise
        stub.succeeds(OUTPUT);

        CliHarness.Result result = CliHarness.run(stub.endpoint(), "run", "--function", "f", "--num", "5", "--poll-interval-ms", "1");

        assertThat(result.code()).isEqualTo(0);
        assertThat(stub.stackRequests).singleElement().asString().matches(".*[?&]?StackName=powertuner(&.*)?$");
    }

    @Test
    void progressOnATerminalShowsTheStateAndEndedMapIterations() {
        stub.succeeds(OUTPUT).runningPolls = 1;
        stub.statesEntered = List.of("Initializer", "Publisher", "Branching");
        stub.mapIterationsDone = 2;

        CliHarness.Result result = run("--power-values", "128,256,512", "--progress");

        assertThat(result.code()).isEqualTo(0);
        assertThat(result.err()).contains("\rpowertuner: 0:00 Branching, 2/3 power values done")
                .contains("powertuner: started " + StubStepFunctions.EXECUTION);
        assertThat(stub.targets).contains("GetExecutionHistory");
    }

    @Test
    void withoutATerminalProgressIsOnePlainLinePerChange() {
        stub.succeeds(OUTPUT).runningPolls = 3;
        stub.statesEntered = List.of("Initializer", "Publisher");

        CliHarness.Result result = run("--power-values", "128,256,512");

        assertThat(result.code()).isEqualTo(0);
        assertThat(result.err()).contains("powertuner: started " + StubStepFunctions.EXECUTION)
                .containsOnlyOnce("Publisher, 0/3 power values done" + System.lineSeparator()).doesNotContain("\r");
    }

    @Test
    void quietShowsNoProgress() {
        stub.succeeds(OUTPUT).runningPolls = 1;

        CliHarness.Result result = run("--quiet");

        assertThat(result.err()).isEmpty();
        assertThat(stub.targets).doesNotContain("GetExecutionHistory");
    }

    @Test
    void htmlReportIsWrittenAfterTheRun(@TempDir Path dir) throws IOException {
        stub.succeeds(OUTPUT);
        Path html = dir.resolve("out/report.html");

        CliHarness.Result result = run("--html", html.toString());

        assertThat(result.code()).isEqualTo(0);
        assertThat(Files.readString(html)).contains("<svg", "512 MB")
                .contains("<p class=\"about\">function my-function · region eu-west-1 · architecture ")
                .contains(" · strategy cost · num 10 · started 2023-11-14 22:13 UTC</p>");
    }

    @Test
    void htmlReportNamesTheFunctionWithoutTheAccountId(@TempDir Path dir) throws IOException {
        stub.succeeds(OUTPUT);
        Path html = dir.resolve("report.html");

        CliHarness.Result result = CliHarness.run(stub.endpoint(), "run", "--state-machine-arn", StubStepFunctions.STATE_MACHINE,
                "--function", "arn:aws:lambda:us-west-2:123456789012:function:api", "--num", "10", "--poll-interval-ms", "1",
                "--html", html.toString(), "--strategy", "balanced", "--balanced-weight", "0.3");

        assertThat(result.code()).as(result.err()).isEqualTo(0);
        assertThat(Files.readString(html)).contains("function api · region us-west-2 · ")
                .contains("strategy balanced (balancedWeight 0.3)").doesNotContain("123456789012");
    }
}
