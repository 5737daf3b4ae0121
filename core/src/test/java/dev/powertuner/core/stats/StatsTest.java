package dev.powertuner.core.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StatsTest {

    private static final List<Double> WORKED = List.of(0.2, 0.5, 2.0, 3.0, 3.0, 4.0, 4.5, 10.0, 50.0, 200.0);

    @Test
    void trimmedMeanOfTheWorkedExample() {
        assertThat(Stats.trimmedMean(WORKED, 0.4)).isEqualTo(3.5);
        assertThat(Stats.trimmedMean(WORKED, 0.2)).isEqualTo(4.416666666666667);
        assertThat(Stats.trimmedMean(List.of(0.1 + 0.1, 0.5, 2.0, 3.0, 3.0, 4.0, 4.5, 10.0, 50.0, 200.0), 0)).isEqualTo(27.72);
    }

    @Test
    void trimmedMeanNeverMutatesItsInput() {
        List<Double> input = new ArrayList<>(List.of(5.0, 1.0, 3.0));

        Stats.trimmedMean(input, 0.2);
        Stats.durationStats(input);

        assertThat(input).containsExactly(5.0, 1.0, 3.0);
    }

    @Test
    void nearestRankPercentilesUseIntegerArithmetic() {
        List<Double> ten = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            ten.add((double) i);
        }

        assertThat(Stats.percentile(ten, 50)).isEqualTo(5.0);
        assertThat(Stats.percentile(ten, 90)).isEqualTo(9.0);
        assertThat(Stats.percentile(ten, 99)).isEqualTo(10.0);
        assertThat(Stats.percentile(List.of(7.0), 50)).isEqualTo(7.0);
    }

    @Test
    void sampleStandardDeviationUsesNMinusOne() {
        assertThat(Stats.sampleStdDev(List.of(2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0))).isEqualTo(Math.sqrt(32.0 / 7));
        assertThat(Stats.sampleStdDev(List.of(3.0))).isZero();
    }

    @Test
    void propertiesHoldForRandomSamples() {
        Random random = new Random(20_260_413L);
        for (int run = 0; run < 2_000; run++) {
            int n = 1 + random.nextInt(200);
            List<Double> values = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                values.add(random.nextDouble() * (random.nextBoolean() ? 10 : 10_000));
            }
            double d = random.nextDouble() * 0.4;
            double min = Collections.min(values);
            double max = Collections.max(values);

            double mean = Stats.trimmedMean(values, d);
            DurationStats s = Stats.durationStats(values);

            assertThat(mean).isBetween(min, max);
            assertThat(s.min()).isEqualTo(min);
            assertThat(s.max()).isEqualTo(max);
            assertThat(s.p50()).isLessThanOrEqualTo(s.p90());
            assertThat(s.p90()).isLessThanOrEqualTo(s.p99());
            assertThat(s.p99()).isLessThanOrEqualTo(s.max());
            assertThat(s.stdDev()).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(max - min);
        }
    }
}
