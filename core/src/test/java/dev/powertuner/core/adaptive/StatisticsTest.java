package dev.powertuner.core.adaptive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.powertuner.core.report.LogReport;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatisticsTest {

    @Test
    void studentQuantilesMatchTheTables() {
        assertThat(StudentT.quantile(0.975, 1)).isCloseTo(12.706, within(1e-3));
        assertThat(StudentT.quantile(0.975, 4)).isCloseTo(2.776, within(1e-3));
        assertThat(StudentT.quantile(0.975, 29)).isCloseTo(2.045, within(1e-3));
        assertThat(StudentT.quantile(0.995, 10)).isCloseTo(3.169, within(1e-3));
        assertThat(StudentT.quantile(0.75, 1000)).isCloseTo(0.675, within(1e-3));
    }

    @Test
    void summaryKeepsLogSumsOfWarmInvocationsOnly() {
        List<LogReport> reports = List.of(new LogReport(100, 250, 0, 350, 0), new LogReport(100, 0, 0, 100, 0),
                new LogReport(400, 0, 0, 400, 0));

        SizeSummary s = SizeSummary.of(512, 3, reports, 2e-9);

        assertThat(s.invocations()).isEqualTo(3);
        assertThat(s.samples()).isEqualTo(2);
        assertThat(s.duration(0.95).point()).isCloseTo(200, within(1e-9));
    }

    @Test
    void batchesAddUpToTheSameSummaryAsOneRun() {
        SizeSummary one = new SizeSummary(128, 0, 0, 0, 0, 0, 0, 1).withSample(10, 10).withSample(20, 20)
                .withSample(40, 40);
        SizeSummary split = new SizeSummary(128, 0, 0, 0, 0, 0, 0, 1).withSample(10, 10)
                .plus(new SizeSummary(128, 0, 0, 0, 0, 0, 0, 1).withSample(20, 20).withSample(40, 40));

        assertThat(split.invocations()).isEqualTo(one.invocations());
        assertThat(split.sumLog()).isCloseTo(one.sumLog(), within(1e-12));
        assertThat(split.sumLogSq()).isCloseTo(one.sumLogSq(), within(1e-12));
    }

    @Test
    void intervalIsTheTIntervalOfTheLogMeanNarrowedForComparison() {
        // ln x = 0, 1, 2: mean 1, sd 1, t(0.975, 2) = 4.302653
        Interval i = Interval.logNormal(3, 3, 5, 0.95);
        double half = 4.302653 * Math.sqrt(1.0 / 3 / 2);

        assertThat(i.point()).isCloseTo(Math.E, within(1e-9));
        assertThat(i.low()).isCloseTo(Math.exp(1 - half), within(1e-3));
        assertThat(i.high()).isCloseTo(Math.exp(1 + half), within(1e-3));
    }

    @Test
    void oneSampleBoundsNothing() {
        Interval i = Interval.logNormal(1, Math.log(50), Math.log(50) * Math.log(50), 0.95);

        assertThat(i.point()).isCloseTo(50, within(1e-9));
        assertThat(i.low()).isZero();
        assertThat(i.high()).isInfinite();
    }

    @Test
    void higherConfidenceWidensTheInterval() {
        Interval low = Interval.logNormal(5, 5, 7, 0.8);
        Interval high = Interval.logNormal(5, 5, 7, 0.99);

        assertThat(high.low()).isLessThan(low.low());
        assertThat(high.high()).isGreaterThan(low.high());
    }
}
