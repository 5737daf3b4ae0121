package dev.powertuner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

    @Test
    void comparisonUrlJoinsBothHashesAndEscapedLegends(@TempDir Path dir) {
        Path a = Fixtures.file(dir, "outputs/x86.json");
        Path b = Fixtures.file(dir, "outputs/arm64-no-stats.json");

        CliHarness.Result result = CliHarness.run("compare", a.toString(), b.toString(), "--labels", "x86 (Intel),Graviton 2");

        assertThat(result.code()).isEqualTo(0);
        assertThat(result.out()).contains("comparison: https://lambda-power-tuning.show/#gAAAAQAC;zczEQs3MIEKF601B;XHxhNHfMKzS/5eYz;"
                + "gAAAAQACAAQ=;AADxQmZmSEKamYFBZmYeQQ==;IZYLNCQ57DPoUpYzBkbBMw==;x86%20(Intel);Graviton%202");
    }

    @Test
    void tableShowsBothSidesPerPowerValueDecodingTheOutputWithoutStats(@TempDir Path dir) {
        Path a = Fixtures.file(dir, "outputs/x86.json");
        Path b = Fixtures.file(dir, "outputs/arm64-no-stats.json");

        CliHarness.Result result = CliHarness.run("compare", a.toString(), b.toString());

        assertThat(result.code()).isEqualTo(0);
        assertThat(result.out().lines().filter(l -> l.contains("MB")).toList())
                .anySatisfy(l -> assertThat(l).contains("128 MB", "98.40 ms", "2.1000e-07", "120.50 ms", "1.3000e-07", "1.22"))
                .anySatisfy(l -> assertThat(l).contains("1024 MB", "failed", "9.90 ms"));
        assertThat(result.out()).contains("x86_64 optimum: 512 MB", "arm64 optimum: 512 MB, 16.20 ms, 7.0000e-08 USD")
                .contains(";x86_64;arm64");
    }

    @Test
    void labelsDefaultToFileNamesWhenArchitecturesMatch(@TempDir Path dir) {
        Path a = Fixtures.file(dir, "outputs/x86.json");
        Path b = Fixtures.file(dir, "outputs/reference.json");

        CliHarness.Result result = CliHarness.run("compare", a.toString(), b.toString());

        assertThat(result.out()).contains("x86_64 optimum", "reference optimum: 256 MB")
                .endsWith(";x86_64;reference" + System.lineSeparator());
    }

    @Test
    void wrongNumberOfLabelsIsAUsageError(@TempDir Path dir) {
        Path a = Fixtures.file(dir, "outputs/x86.json");

        CliHarness.Result result = CliHarness.run("compare", a.toString(), a.toString(), "--labels", "one");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--labels needs exactly two labels");
    }

    @Test
    void missingFileIsAUsageError() {
        CliHarness.Result result = CliHarness.run("compare", "/nonexistent/a.json", "/nonexistent/b.json");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("Cannot read /nonexistent/a.json");
    }

    @Test
    void tableSaysWhichChangesAreBeyondTheRunsOwnVariation(@TempDir Path dir) {
        // given: at 512 MB the spread (p90 - p50) is 40 % of the average, at 1024 MB there is none
        Path a = TuningOutputs.write(dir, "a.json", TuningOutputs.output(512, "api", "x86_64",
                TuningOutputs.size(512, 100, 2.0e-7).spread(95, 135), TuningOutputs.size(1024, 60, 2.4e-7),
                TuningOutputs.bare(2048, 40, 3.0e-7)));
        Path b = TuningOutputs.write(dir, "b.json", TuningOutputs.output(512, "api", "x86_64",
                TuningOutputs.size(512, 125, 2.5e-7).spread(120, 150), TuningOutputs.size(1024, 66, 2.4e-7),
                TuningOutputs.bare(2048, 80, 6.0e-7)));

        // when
        CliHarness.Result result = CliHarness.run("compare", a.toString(), b.toString());

        // then
        assertThat(result.code()).isEqualTo(0);
        assertThat(result.out().lines().findFirst().orElseThrow()).endsWith("beyond variation");
        assertThat(result.out().lines().filter(l -> l.contains(" MB ")).toList())
                .anySatisfy(l -> assertThat(l).startsWith("  512 MB").endsWith("  no"))
                .anySatisfy(l -> assertThat(l).startsWith("  1024 MB").endsWith("  duration"))
                .anySatisfy(l -> assertThat(l).startsWith("  2048 MB").endsWith("  -"));
    }
}
