package dev.powertuner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegressionLimitsTest {

    @Test
    void oneNumberLimitsEveryMetric() {
        RegressionLimits limits = RegressionLimits.parse("7.5");

        assertThat(limits.metrics()).containsExactly(Metric.DURATION, Metric.COST);
        assertThat(limits.of(Metric.DURATION)).isEqualTo(7.5);
        assertThat(limits.of(Metric.COST)).isEqualTo(7.5);
    }

    @Test
    void perMetricLimitsGateOnlyTheNamedMetrics() {
        assertThat(RegressionLimits.parse("cost=5%").percent()).containsOnlyKeys(Metric.COST).containsEntry(Metric.COST, 5.0);
        assertThat(RegressionLimits.parse("duration=10, cost=0").percent())
                .containsEntry(Metric.DURATION, 10.0).containsEntry(Metric.COST, 0.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-5", "", "NaN", "Infinity", "1e3", "10d", "duration=x", "duration=", "duration=-1"})
    void notANonNegativeNumberIsRefused(String text) {
        assertThatThrownBy(() -> RegressionLimits.parse(text)).isInstanceOf(UsageException.class)
                .hasMessageContaining("is not a non-negative number of percent");
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory=5", "=5", "duration=1,,cost=2"})
    void unknownMetricIsRefused(String text) {
        assertThatThrownBy(() -> RegressionLimits.parse(text)).isInstanceOf(UsageException.class)
                .hasMessageContaining("is not metric=percent with metric duration or cost");
    }

    @Test
    void metricGivenTwiceIsRefused() {
        assertThatThrownBy(() -> RegressionLimits.parse("duration=1,duration=2")).hasMessage(
                "--max-regression: duration is given twice in 'duration=1,duration=2'");
    }
}
