package dev.powertuner.cli;

import static dev.powertuner.cli.TuningOutputs.bare;
import static dev.powertuner.cli.TuningOutputs.failed;
import static dev.powertuner.cli.TuningOutputs.output;
import static dev.powertuner.cli.TuningOutputs.size;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegressionGateTest {
    private static final RegressionLimits TEN_PERCENT = RegressionLimits.parse("10");
    private static final TuningReport BASELINE = report(output(512, "api", "x86_64",
            size(256, 200, 2.0e-7), size(512, 100, 2.0e-7), size(1024, 60, 2.4e-7)));

    private static TuningReport report(String json) {
        return TuningReport.fromOutput(Json.parse(json, "test output"));
    }

    private static List<Check> gate(TuningReport current, RegressionLimits limits) {
        return RegressionGate.checks(BASELINE, current, limits);
    }

    @Test
    void sameOptimumWithinTheLimitPassesEveryMetric() {
        TuningReport current = report(output(512, "api", "x86_64", size(512, 109, 2.18e-7)));

        List<Check> checks = gate(current, TEN_PERCENT);

        assertThat(checks).extracting(Check::name).containsExactly("duration at 512 MB (baseline optimum and new optimum)",
                "cost at 512 MB (baseline optimum and new optimum)");
        assertThat(checks).allMatch(c -> c.status() == Check.Status.PASSED);
        assertThat(checks.get(0).message()).contains("100.00 ms -> 109.00 ms, +9.0 % (limit 10 %)");
    }

    @Test
    void durationBeyondTheLimitFailsNamingBothValuesAndTheChange() {
        TuningReport current = report(output(512, "api", "x86_64", size(512, 125, 2.0e-7)));

        List<Check> checks = gate(current, TEN_PERCENT);

        assertThat(checks.get(0).isFailed()).isTrue();
        assertThat(checks.get(0).message()).isEqualTo("duration at 512 MB (baseline optimum and new optimum): "
                + "100.00 ms -> 125.00 ms, +25.0 % (limit 10 %), beyond the runs' own variation of ±0.0 %");
        assertThat(checks.get(1).isFailed()).isFalse();
    }

    @Test
    void costBeyondItsOwnLimitFailsWhileDurationHasNone() {
        TuningReport current = report(output(512, "api", "x86_64", size(512, 150, 2.2e-7)));

        List<Check> checks = gate(current, RegressionLimits.parse("cost=5"));

        assertThat(checks).singleElement().satisfies(c -> {
            assertThat(c.isFailed()).isTrue();
            assertThat(c.message()).startsWith("cost at 512 MB (baseline optimum and new optimum): 2.0000e-07 -> 2.2000e-07, "
                    + "+10.0 % (limit 5 %)");
        });
    }

    @Test
    void improvementsNeverFail() {
        TuningReport current = report(output(512, "api", "x86_64", size(512, 50, 1.0e-7)));

        assertThat(gate(current, RegressionLimits.parse("0"))).noneMatch(Check::isFailed);
    }

    @Test
    void differentRecommendedPowerIsComparedAtBothSizes() {
        // given: 512 MB got 30 % slower, so the new optimum is 1024 MB, which held steady
        TuningReport current = report(output(1024, "api", "x86_64", size(512, 130, 2.6e-7), size(1024, 61, 2.44e-7)));

        // when
        List<Check> checks = gate(current, RegressionLimits.parse("duration=10"));

        // then
        assertThat(checks).extracting(Check::name).containsExactly("duration at 512 MB (baseline optimum)",
                "duration at 1024 MB (new optimum)");
        assertThat(checks.get(0).isFailed()).isTrue();
        assertThat(checks.get(1).isFailed()).isFalse();
        assertThat(checks.get(1).message()).contains("60.00 ms -> 61.00 ms, +1.7 %");
    }

    @Test
    void changeWithinTheRunsOwnVariationIsNotARegression() {
        // given: p90 - p50 is 30 ms at 512 MB, a 30 % band; the average rose by 20 %
        TuningReport baseline = report(output(512, "api", "x86_64", size(512, 100, 2.0e-7).spread(100, 130)));
        TuningReport current = report(output(512, "api", "x86_64", size(512, 120, 2.4e-7).spread(118, 140)));

        // when
        List<Check> checks = RegressionGate.checks(baseline, current, TEN_PERCENT);

        // then
        assertThat(checks).noneMatch(Check::isFailed);
        assertThat(checks.get(0).message()).endsWith("+20.0 % (limit 10 %), within the runs' own variation of ±30.0 %: "
                + "not a regression");
    }

    @Test
    void changeBeyondTheRunsOwnVariationIsARegression() {
        TuningReport baseline = report(output(512, "api", "x86_64", size(512, 100, 2.0e-7).spread(100, 130)));
        TuningReport current = report(output(512, "api", "x86_64", size(512, 140, 2.8e-7).spread(138, 150)));

        List<Check> checks = RegressionGate.checks(baseline, current, TEN_PERCENT);

        assertThat(checks).allMatch(Check::isFailed);
        assertThat(checks.get(1).message()).endsWith("+40.0 % (limit 10 %), beyond the runs' own variation of ±30.0 %");
    }

    @Test
    void withoutPercentilesTheLimitAloneDecidesAndTheMessageSaysSo() {
        TuningReport current = report(output(512, "api", "x86_64", bare(512, 120, 2.0e-7)));

        Check duration = gate(current, TEN_PERCENT).get(0);

        assertThat(duration.isFailed()).isTrue();
        assertThat(duration.message()).endsWith("; the outputs do not both carry p50/p90 stats to judge the runs' own variation");
    }

    @Test
    void sizeThatNowFailsIsARegressionWhateverTheLimit() {
        TuningReport current = report(output(1024, "api", "x86_64", failed(512, "Runtime.OutOfMemory"), size(1024, 60, 2.4e-7)));

        Check duration = gate(current, RegressionLimits.parse("1000")).get(0);

        assertThat(duration.isFailed()).isTrue();
        assertThat(duration.message()).isEqualTo("duration at 512 MB (baseline optimum): 100.00 ms -> failed "
                + "(Runtime.OutOfMemory: boom)");
    }

    @Test
    void sizeOneRunDidNotMeasureIsSkipped() {
        TuningReport current = report(output(2048, "api", "x86_64", size(2048, 40, 3.0e-7)));

        List<Check> checks = gate(current, RegressionLimits.parse("duration=10"));

        assertThat(checks).extracting(Check::status).containsExactly(Check.Status.SKIPPED, Check.Status.SKIPPED);
        assertThat(checks).extracting(Check::message).containsExactly("this run did not measure 512 MB",
                "the baseline has no duration at 2048 MB");
    }
}
