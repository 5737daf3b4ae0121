package dev.powertuner.core.adaptive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.powertuner.core.model.ColdStartFigures;
import dev.powertuner.core.model.PowerValueResult;
import org.junit.jupiter.api.Test;

class ResultMergeTest {

    private static PowerValueResult result(int invocations, double average, double min, double max, double cost) {
        return new PowerValueResult(256, average * 1e-8, average, cost, 2e-7, average * 1e-8 + 2e-7, invocations, 0,
                1, 120.0, min, max, average, max, max, 3.0, "x86_64", "USD", false, null, null,
                new ColdStartFigures(average, 200.0, 120.0));
    }

    @Test
    void countsAndCostsAddUpAndAveragesAreWeightedByInvocations() {
        PowerValueResult merged = ResultMerge.merge(result(5, 100, 90, 300, 1.0), result(15, 120, 80, 150, 2.0));

        assertThat(merged.invocations()).isEqualTo(20);
        assertThat(merged.coldStarts()).isEqualTo(2);
        assertThat(merged.totalCost()).isCloseTo(3.0, within(1e-12));
        assertThat(merged.averageDuration()).isCloseTo(115, within(1e-9));
        assertThat(merged.minDuration()).isEqualTo(80);
        assertThat(merged.maxDuration()).isEqualTo(300);
        assertThat(merged.coldStart().warmAverageDuration()).isCloseTo((4 * 100 + 14 * 120) / 18.0, within(1e-9));
    }

    @Test
    void aFailedBatchMakesTheSizeFailedWithEverythingItCost() {
        PowerValueResult failed = PowerValueResult.failure(256, "Error", "boom", 3, 1, 0.5, "x86_64", "USD");

        PowerValueResult merged = ResultMerge.merge(result(5, 100, 90, 300, 1.0), failed);

        assertThat(merged.failed()).isTrue();
        assertThat(merged.invocations()).isEqualTo(8);
        assertThat(merged.totalCost()).isCloseTo(1.5, within(1e-12));
        assertThat(merged.errorType()).isEqualTo("Error");
    }

    @Test
    void theFirstRoundIsTakenAsItIs() {
        PowerValueResult first = result(5, 100, 90, 300, 1.0);

        assertThat(ResultMerge.merge(null, first)).isSameAs(first);
    }
}
