package dev.powertuner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * End to end through {@link Main}: Local Lambda, the six real handlers, the real ASL on the local Step Functions
 * server. The profile (400 ms CPU on one thread, 100 ms I/O, no jitter) gives durations 5628, 1482, 791 and 500 ms at
 * 128, 512, 1024 and 3008 MB: cost picks 128, speed 3008, balanced 1024.
 */
class LocalCommandTest {
    private static final String PROFILE = "profile:cpuMs=400,ioMs=100";
    private static final String POWER_VALUES = "128,512,1024,3008";

    @ParameterizedTest
    @CsvSource({"cost, 128", "speed, 3008", "balanced, 1024"})
    void eachStrategyPicksItsOptimum(String strategy, int optimum) {
        CliHarness.Result result = CliHarness.run("local", "--target", PROFILE, "--power-values", POWER_VALUES, "--num", "5",
                "--strategy", strategy, "--json");

        assertThat(result.code()).as(result.err()).isEqualTo(0);
        JsonNode output = Json.parse(result.out(), "output");
        assertThat(output.path("power").asInt()).isEqualTo(optimum);
        assertThat(output.path("stats")).hasSize(4);
        assertThat(output.path("stateMachine").path("visualization").asText()).startsWith("https://lambda-power-tuning.show/#");
    }

    @Test
    void jsonPrintsOnlyTheOutputAndThresholdsStillApply() {
        CliHarness.Result result = CliHarness.run("local", "--target", PROFILE, "--power-values", "512,1024", "--num", "5",
                "--json", "--expect-power", "1024");

        assertThat(result.code()).as(result.err()).isEqualTo(3);
        assertThat(Json.parse(result.out(), "output").path("power").asInt()).isEqualTo(512);
        assertThat(result.err()).contains("optimum 512 MB is not --expect-power 1024 MB");
    }

    @Test
    void failingSizeIsShownAndTheTableMarksTheOptimum() {
        CliHarness.Result result = CliHarness.run("local", "--target", PROFILE + ",memoryMb=200", "--power-values", "128,1024",
                "--num", "5");

        assertThat(result.code()).as(result.err()).isEqualTo(0);
        assertThat(result.out()).contains("* 1024 MB", "128 MB", "Runtime.OutOfMemory", "visualization: https://");
        assertThat(result.out()).doesNotContain("console:");
        // stderr is not a terminal here: progress comes as plain lines, not a redrawn one
        assertThat(result.err()).containsPattern("(?m)^powertuner: \\d+:\\d\\d \\w+, \\d/2 power values done$")
                .doesNotContain("\r");
    }

    @Test
    void adaptiveRunShowsInvocationsAndIntervalsPerSize() {
        CliHarness.Result result = CliHarness.run("local", "--target", PROFILE + ",jitter=0.05", "--power-values",
                "128,1024", "--num", "10", "--strategy", "speed", "--adaptive", "--confidence", "0.9");

        assertThat(result.code()).as(result.err()).isEqualTo(0);
        assertThat(result.out()).contains("invocations", "speed interval", "* 1024 MB", "(dropped r1)")
                .containsPattern("adaptive: 1 rounds, 10 of 20 invocations \\(50 %\\), confidence 0.900");
    }

    @Test
    void everySizeFailingEndsFailedWithErrorAndCause() {
        CliHarness.Result result = CliHarness.run("local", "--target", PROFILE + ",errorRate=1", "--power-values", "128,1024",
                "--num", "5");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("execution FAILED: dev.powertuner.core.error.AllPowerValuesFailedException: ");
    }

    @Test
    void functionsFileTargetIsPickedByName(@TempDir Path dir) throws IOException {
        // given
        Path functions = dir.resolve("functions.json");
        Files.writeString(functions, "{\"functions\": [{\"name\": \"first\", \"profile\": {\"cpuMs\": 10}},"
                + "{\"name\": \"second\", \"timeout\": 60, \"profile\": {\"cpuMs\": 400, \"ioMs\": 100}}]}", StandardCharsets.UTF_8);

        // when
        CliHarness.Result result = CliHarness.run("local", "--target", functions.toString(), "--function", "second",
                "--power-values", POWER_VALUES, "--num", "5", "--strategy", "speed", "--max-duration", "600");

        // then
        assertThat(result.code()).as(result.err()).isEqualTo(0);
        assertThat(result.out()).contains("* 3008 MB", "500.00 ms");
        assertThat(result.err()).contains("tuning second locally");
    }

    @Test
    void demoTunesTheBuiltInFunctionAndWritesTheReport(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("demo.html");

        CliHarness.Result result = CliHarness.run("demo", "--html", report.toString());

        assertThat(result.code()).as(result.err()).isEqualTo(0);
        assertThat(result.out()).contains("128 MB", "Runtime.OutOfMemory", "1769 MB", "3008 MB", "optimum: ");
        assertThat(result.err()).contains("report written to " + report.toAbsolutePath());
        assertThat(Files.readString(report)).contains("<svg", "Optimum: <strong>");
    }

    @Test
    void pricesFileOverridesTheBundledPricesOfTheTunerFunctions(@TempDir Path dir) throws IOException {
        // given: x86_64 at ten times the bundled price per GB-second
        Path prices = dir.resolve("prices.json");
        Files.writeString(prices, "{\"lambda\": {\"default\": {\"x86_64\": {\"gbSecond\": 1.66667e-4}}}}", StandardCharsets.UTF_8);
        String[] args = {"local", "--target", PROFILE, "--power-values", "1024", "--num", "5", "--json"};

        // when
        JsonNode bundled = Json.parse(CliHarness.run(args).out(), "output");
        CliHarness.Result overridden = CliHarness.run(concat(args, "--prices", prices.toString()));

        // then: same simulated duration, ten times the duration price
        assertThat(overridden.code()).as(overridden.err()).isEqualTo(0);
        JsonNode output = Json.parse(overridden.out(), "output");
        assertThat(output.path("duration").asDouble()).isEqualTo(bundled.path("duration").asDouble());
        assertThat(output.path("cost").asDouble()).isCloseTo(10 * bundled.path("cost").asDouble(), within(1e-12));
    }

    @Test
    void pricesFileThatIsNotAPriceTableIsAUsageError(@TempDir Path dir) throws IOException {
        Path prices = dir.resolve("prices.json");
        Files.writeString(prices, "[1, 2]", StandardCharsets.UTF_8);

        CliHarness.Result result = CliHarness.run("local", "--target", PROFILE, "--prices", prices.toString());

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--prices", "must be a JSON object");
    }

    private static String[] concat(String[] args, String... more) {
        String[] all = Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    @ParameterizedTest
    @ValueSource(strings = {"local --target profile:cpuMs=abc", "local --target profile:speed=1",
        "local --target /nonexistent/functions.json", "local --target profile:cpuMs=1 --no-wait", "local",
        "demo --function mine --num 5", "local --target profile:cpuMs=1 --strategy fastest",
        "local --target profile:cpuMs=1 --num 3", "local --target profile:cpuMs=1 --num 5 --power-values 64",
        "local --target profile:cpuMs=1 --num 5 --payload-s3 s3://bucket/key"})
    void localUsageErrorsExitTwo(String args) {
        CliHarness.Result result = CliHarness.run(args.split(" "));

        assertThat(result.code()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).doesNotContain("tuning ");
    }

    @Test
    void readmeGateCommandPassesOnItsOwnBaselineAndFailsWhenTheFunctionSlowsDown(@TempDir Path dir) throws IOException {
        // given: the README's two commands; the first saves the accepted run as --json prints it
        List<String[]> readme = readmeGateCommands(dir);
        CliHarness.Result accepted = CliHarness.run(readme.get(0));
        assertThat(accepted.code()).as(accepted.err()).isEqualTo(0);
        Files.writeString(dir.resolve("baseline.json"), accepted.out(), StandardCharsets.UTF_8);
        String[] slowerFunction = Arrays.stream(readme.get(1)).map(a -> a.replace("cpuMs=400", "cpuMs=500")).toArray(String[]::new);

        // when
        CliHarness.Result same = CliHarness.run(readme.get(1));
        CliHarness.Result slower = CliHarness.run(slowerFunction);

        // then
        assertThat(same.code()).as(same.err()).isEqualTo(0);
        String optimum = TextTable.ms(Json.parse(accepted.out(), "baseline").path("duration").asDouble());
        assertThat(same.err()).contains("regression check passed: duration at 128 MB (baseline optimum and new optimum): "
                + optimum + " -> " + optimum + ", +0.0 % (limit 10 %)");
        assertThat(slower.code()).as(slower.err()).isEqualTo(3);
        assertThat(slower.err().lines().filter(l -> l.startsWith("regression: "))).hasSize(2)
                .anySatisfy(l -> assertThat(l).startsWith("regression: duration at 128 MB (baseline optimum and new optimum): "
                        + optimum + " -> "));
        assertThat(Files.readString(dir.resolve("junit.xml"))).contains("failures=\"2\"");
        assertThat(Files.readString(dir.resolve("summary.md"))).contains("**Gate: failed** (2 of 3 checks)");
    }

    /** The README's {@code ./powertuner local ... baseline.json} commands, with their files in {@code dir}. */
    private static List<String[]> readmeGateCommands(Path dir) throws IOException {
        Path readme = Path.of(System.getProperty("powertuner.root", "..")).resolve("README.md");
        List<String[]> commands = Files.readAllLines(readme).stream()
                .filter(l -> l.startsWith("./powertuner local ") && l.contains("baseline.json"))
                .map(l -> Arrays.stream(l.split(" > ")[0].split("\\s+")).skip(1)
                        .map(a -> a.matches("baseline\\.json|summary\\.md|junit\\.xml") ? dir.resolve(a).toString() : a)
                        .toArray(String[]::new))
                .toList();
        assertThat(commands).as("README gate commands").hasSize(2);
        assertThat(commands.get(1)).contains("--baseline", "--max-regression");
        return commands;
    }

    @Test
    void baselineOfAnotherArchitectureIsRefusedBeforeTheLocalServicesStart(@TempDir Path dir) {
        Path baseline = Fixtures.file(dir, "outputs/x86.json");

        CliHarness.Result result = CliHarness.run("local", "--target", PROFILE + ",architecture=arm64", "--num", "5",
                "--baseline", baseline.toString());

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("is a result for x86_64, not arm64").doesNotContain("tuning ");
    }
}
