package dev.powertuner.cli;

import static dev.powertuner.cli.TuningOutputs.output;
import static dev.powertuner.cli.TuningOutputs.size;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The CI options through {@code powertuner report NEW --baseline OLD} (no execution needed) and {@code run}. */
class PipelineOptionsTest {
    private static final String BASELINE = output(512, "api", "x86_64", size(256, 200, 2.0e-7), size(512, 100, 2.0e-7),
            size(1024, 60, 2.4e-7));

    @TempDir
    Path dir;

    private Path baseline;

    @BeforeEach
    void saveBaseline() {
        baseline = TuningOutputs.write(dir, "baseline.json", BASELINE);
    }

    private CliHarness.Result report(String json, String... options) {
        Path current = TuningOutputs.write(dir, "output.json", json);
        String[] args = new String[options.length + 2];
        args[0] = "report";
        args[1] = current.toString();
        System.arraycopy(options, 0, args, 2, options.length);
        return CliHarness.run(args);
    }

    @Test
    void withinTheLimitExitsZero() {
        CliHarness.Result result = report(output(512, "api", "x86_64", size(512, 105, 2.1e-7)), "--baseline",
                baseline.toString(), "--max-regression", "10");

        assertThat(result.code()).as(result.err()).isEqualTo(0);
        assertThat(result.err()).contains("baseline " + baseline + ": optimum 512 MB, 100.00 ms, 2.0000e-07; now 512 MB")
                .doesNotContain("regression: ");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "130 | 2.0e-7 | duration at 512 MB (baseline optimum and new optimum): 100.00 ms -> 130.00 ms, +30.0 % (limit 10 %)",
        "100 | 2.6e-7 | cost at 512 MB (baseline optimum and new optimum): 2.0000e-07 -> 2.6000e-07, +30.0 % (limit 10 %)"})
    void eachMetricBeyondTheLimitExitsThreeWithOneLineNamingIt(double duration, double cost, String line) {
        CliHarness.Result result = report(output(512, "api", "x86_64", size(512, duration, cost)), "--baseline",
                baseline.toString(), "--max-regression", "10");

        assertThat(result.code()).isEqualTo(3);
        assertThat(result.err().lines().filter(l -> l.startsWith("regression: "))).singleElement().asString()
                .startsWith("regression: " + line);
    }

    @Test
    void differentRecommendedPowerIsReportedAndGatedAtBothSizes() {
        CliHarness.Result result = report(output(1024, "api", "x86_64", size(512, 104, 2.08e-7), size(1024, 59, 2.36e-7)),
                "--baseline", baseline.toString(), "--max-regression", "duration=10");

        assertThat(result.code()).as(result.err()).isEqualTo(0);
        assertThat(result.err()).contains("now 1024 MB, 59.00 ms, 2.3600e-07; the recommended power changed")
                .contains("regression check passed: duration at 512 MB (baseline optimum)")
                .contains("regression check passed: duration at 1024 MB (new optimum)");
    }

    @Test
    void changeWithinTheRunsOwnVariationExitsZero() {
        Path noisy = TuningOutputs.write(dir, "noisy.json", output(512, "api", "x86_64", size(512, 100, 2.0e-7).spread(95, 135)));

        CliHarness.Result result = report(output(512, "api", "x86_64", size(512, 125, 2.5e-7).spread(120, 150)),
                "--baseline", noisy.toString(), "--max-regression", "10");

        assertThat(result.code()).as(result.err()).isEqualTo(0);
        assertThat(result.err()).contains("+25.0 % (limit 10 %), within the runs' own variation of ±40.0 %: not a regression");
    }

    @Test
    void baselineAloneReportsTheComparisonWithoutGating() {
        CliHarness.Result result = report(output(512, "api", "x86_64", size(512, 300, 9.0e-7)), "--baseline", baseline.toString());

        assertThat(result.code()).isEqualTo(0);
        assertThat(result.err()).contains("baseline " + baseline + ": optimum 512 MB").doesNotContain("regression");
    }

    @Test
    void baselineOfAnotherFunctionIsRefusedBeforeAnythingIsPrinted() {
        CliHarness.Result result = report(output(512, "worker", "x86_64", size(512, 100, 2.0e-7)), "--baseline",
                baseline.toString(), "--max-regression", "10");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--baseline " + baseline + " is a result for the function api, not worker; "
                + "pass --baseline-any-function to compare them anyway");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void baselineOfAnotherArchitectureIsRefused() {
        CliHarness.Result result = report(output(512, "api", "arm64", size(512, 100, 2.0e-7)), "--baseline", baseline.toString());

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("is a result for x86_64, not arm64; pass --baseline-any-function");
    }

    @Test
    void anotherFunctionOrArchitectureIsComparedWhenAllowed() {
        CliHarness.Result result = report(output(512, "worker", "arm64", size(512, 150, 2.0e-7)), "--baseline",
                baseline.toString(), "--max-regression", "10", "--baseline-any-function");

        assertThat(result.code()).isEqualTo(3);
        assertThat(result.err()).contains("regression: duration at 512 MB");
    }

    @Test
    void baselineThatNamesNoFunctionIsComparedWithAnyFunction(@TempDir Path other) {
        Path reference = Fixtures.file(other, "outputs/reference.json");

        CliHarness.Result result = report(output(256, "api", null, size(256, 300, 200)), "--baseline", reference.toString(),
                "--max-regression", "0");

        assertThat(result.code()).as(result.err()).isEqualTo(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"lambdaARN\": \"api\", \"num\": 10}        | is not a tuning output (it has no power and no measured memory size)",
        "{}                                           | is not a tuning output",
        "null                                         | is not a tuning output (The output is not a tuning result",
        "[1, 2]                                       | is not a tuning output",
        "{\"power\": 512                              | is not valid JSON"})
    void baselineThatIsNotATuningOutputIsAUsageError(String json, String message) {
        Path bad = TuningOutputs.write(dir, "bad.json", json);

        CliHarness.Result result = report(BASELINE, "--baseline", bad.toString(), "--max-regression", "10");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--baseline " + bad, message);
        assertThat(result.out()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--max-regression=-5                 | '-5' in '-5' is not a non-negative number of percent",
        "--max-regression=ten                | is not a non-negative number of percent",
        "--max-regression=latency=5          | 'latency=5' is not metric=percent",
        "--baseline=/nonexistent/base.json   | Cannot read --baseline /nonexistent/base.json: no such file"})
    void badGateOptionsAreUsageErrors(String option, String message) {
        String[] args = option.startsWith("--baseline") ? new String[] {option, "--max-regression", "10"}
                : new String[] {option, "--baseline", baseline.toString()};

        CliHarness.Result result = report(BASELINE, args);

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains(message);
        assertThat(result.out()).isEmpty();
    }

    @Test
    void maxRegressionWithoutBaselineIsAUsageError() {
        CliHarness.Result result = report(BASELINE, "--max-regression", "10");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--max-regression needs --baseline FILE");
    }

    @ParameterizedTest
    @CsvSource({"--markdown, summary.md", "--junit, junit.xml"})
    void unwritableOutputPathIsAUsageErrorFoundFirst(String option, String name) throws IOException {
        Path blocker = Files.writeString(dir.resolve("a-file"), "not a directory");

        CliHarness.Result result = report(BASELINE, option, blocker.resolve(name).toString());

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains(option + " " + blocker.resolve(name) + " cannot be written: " + blocker
                + " is not a directory");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void directoryAsOutputPathIsAUsageError() {
        CliHarness.Result result = report(BASELINE, "--junit", dir.toString());

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--junit " + dir + " is a directory");
    }

    /** {@code run} of the function {@code function} with {@code options}. */
    private static CliHarness.Result run(StubStepFunctions stub, String function, String... options) {
        String[] base = {"run", "--state-machine-arn", StubStepFunctions.STATE_MACHINE, "--function", function, "--num", "10",
            "--poll-interval-ms", "1"};
        String[] args = new String[base.length + options.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(options, 0, args, base.length, options.length);
        return CliHarness.run(stub.endpoint(), args);
    }

    @Test
    void runBeyondTheLimitExitsThreeAndWritesBothFiles() throws Exception {
        // given
        Path junit = dir.resolve("reports/junit.xml");
        Path markdown = dir.resolve("reports/summary.md");
        try (StubStepFunctions stub = new StubStepFunctions()) {
            stub.succeeds(output(1024, "api", "x86_64", size(512, 100, 2.0e-7), size(1024, 80, 3.2e-7)));

            // when
            CliHarness.Result result = run(stub, "api", "--baseline", baseline.toString(), "--max-regression", "10",
                    "--max-cost", "1e-6", "--junit", junit.toString(), "--markdown", markdown.toString());

            // then
            assertThat(result.code()).as(result.err()).isEqualTo(3);
            assertThat(result.err()).contains("regression: duration at 1024 MB (new optimum): 60.00 ms -> 80.00 ms, +33.3 %");
        }
        List<ReportTestCase> cases = JUnitReportTest.parse(Files.readString(junit));
        assertThat(cases).extracting(ReportTestCase::getName).containsExactlyInAnyOrder("tuning result", "--max-cost",
                "duration at 512 MB (baseline optimum)", "cost at 512 MB (baseline optimum)", "duration at 1024 MB (new optimum)",
                "cost at 1024 MB (new optimum)");
        assertThat(cases).filteredOn(ReportTestCase::hasFailure).extracting(ReportTestCase::getName)
                .containsExactlyInAnyOrder("duration at 1024 MB (new optimum)", "cost at 1024 MB (new optimum)");
        assertThat(Files.readString(markdown)).contains("**Gate: failed** (2 of 6 checks)", "| 1024 MB | 80.00 ms |");
    }

    @Test
    void runWithABaselineOfAnotherFunctionStartsNothing() throws IOException {
        try (StubStepFunctions stub = new StubStepFunctions()) {
            CliHarness.Result result = run(stub, "worker", "--baseline", baseline.toString());

            assertThat(result.code()).isEqualTo(2);
            assertThat(result.err()).contains("is a result for the function api, not worker");
            assertThat(stub.targets).isEmpty();
        }
    }

    @Test
    void runWithABadThresholdStartsNothing() throws IOException {
        try (StubStepFunctions stub = new StubStepFunctions()) {
            CliHarness.Result result = run(stub, "api", "--baseline", baseline.toString(), "--max-regression", "duration=-1");

            assertThat(result.code()).isEqualTo(2);
            assertThat(stub.targets).isEmpty();
        }
    }

    @Test
    void architectureOnlyTheResultTellsIsCheckedWhenItArrives() throws IOException {
        try (StubStepFunctions stub = new StubStepFunctions()) {
            stub.succeeds(output(512, "api", "arm64", size(512, 100, 2.0e-7)));

            CliHarness.Result result = run(stub, "api", "--baseline", baseline.toString(), "--max-regression", "10");

            assertThat(result.code()).isEqualTo(2);
            assertThat(result.err()).contains("is a result for x86_64, not arm64; pass --baseline-any-function");
        }
    }

    @Test
    void failedRunWritesAFailingTestCase() throws Exception {
        Path junit = dir.resolve("junit.xml");
        try (StubStepFunctions stub = new StubStepFunctions()) {
            stub.ends("FAILED", "dev.powertuner.core.error.AllPowerValuesFailedException", "All power values failed");

            CliHarness.Result result = run(stub, "api", "--junit", junit.toString());

            assertThat(result.code()).isEqualTo(1);
        }
        assertThat(JUnitReportTest.parse(Files.readString(junit))).singleElement().satisfies(c -> {
            assertThat(c.getName()).isEqualTo("tuning result");
            assertThat(c.getFailureMessage()).isEqualTo("execution FAILED: dev.powertuner.core.error.AllPowerValuesFailedException: "
                    + "All power values failed");
        });
    }

    @Test
    void noWaitCannotGate() throws IOException {
        try (StubStepFunctions stub = new StubStepFunctions()) {
            CliHarness.Result result = run(stub, "api", "--no-wait", "--markdown", dir.resolve("s.md").toString());

            assertThat(result.code()).isEqualTo(2);
            assertThat(result.err()).contains("--no-wait cannot be combined with --baseline, --max-regression, --markdown or --junit");
            assertThat(stub.targets).isEmpty();
        }
    }
}
