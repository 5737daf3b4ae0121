package dev.powertuner.core.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Percentage.withPercentage;

import dev.powertuner.core.cost.PriceTable;
import dev.powertuner.core.model.ColdStartFigures;
import dev.powertuner.core.model.PowerValueResult;
import dev.powertuner.core.strategy.Strategy;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectorTest {

    private static final double GB_SECOND = 1.66667e-5;
    private static final double PC_GB_SECOND = 4.1667e-6;
    private static final double PC_DURATION = 9.7222e-6;
    private static final double REQUEST = 2.0e-7;
    private static final double MONTH = 730 * 3600.0;

    private final Projector projector = new Projector(PriceTable.bundled());

    @Test
    void seedTableReproducedWithinATenthOfAPercentAndCostPicksTheFastest() {
        var stats = List.of(PowerValueResult.reference(128, null, 11722.0, null),
                PowerValueResult.reference(256, null, 6678.0, null), PowerValueResult.reference(512, null, 3194.0, null),
                PowerValueResult.reference(1024, null, 1465.0, null));

        Projection p = project(stats, new Traffic(1000, 0, 0, false), Strategy.COST);

        double[] expected = {0.024628, 0.028035, 0.026830, 0.024638};
        for (int i = 0; i < expected.length; i++) {
            assertThat(p.sizes().get(i).month().monthlyCost()).isCloseTo(expected[i], withPercentage(0.1));
        }
        assertThat(p.optimum().power()).isEqualTo(1024);
        assertThat(p.sizes().get(0).month().requestCost()).isCloseTo(1000 * REQUEST, within(1e-12));
    }

    @Test
    void coldStartsAtTheirRatioAddBilledInitAndReachTheP99() {
        var stats = List.of(withColdStarts(512, 100.0, 2150.0, 2000.0, 2000.0));

        MonthlyCost m = project(stats, new Traffic(1_000_000, 0.5, 0, false), Strategy.COST).sizes().get(0).month();

        double gb = 0.5;
        assertThat(m.initCost()).isCloseTo(500_000 * gb * 2000 / 1000.0 * GB_SECOND, within(1e-9));
        assertThat(m.durationCost()).isCloseTo((500_000 * gb * 100 + 500_000 * gb * 150) / 1000.0 * GB_SECOND,
                within(1e-9));
        assertThat(m.p99Latency()).isEqualTo(2150.0);
        assertThat(m.p50Latency()).isEqualTo(100.0);
        assertThat(m.monthlyCost()).isCloseTo(m.durationCost() + m.initCost() + m.requestCost(), within(1e-12));
    }

    @Test
    void provisionedConcurrencyByHandWithBreakEvenAtSixtyPercentUse() {
        // given: 10 invocations per second of 100 ms at 1,024 MB need exactly one environment
        var stats = List.of(PowerValueResult.reference(1024, null, 100.0, null));
        double n = 10 * MONTH;

        SizeProjection pc = project(stats, new Traffic(n, 0, 1, false), Strategy.COST).sizes().get(0);
        SizeProjection onDemand = project(stats, new Traffic(n, 0, 0, false), Strategy.COST).sizes().get(0);

        // then
        double gbSeconds = n * 0.1;
        assertThat(pc.month().provisionedConcurrencyCost()).isCloseTo(MONTH * PC_GB_SECOND, within(1e-9));
        assertThat(pc.month().durationCost()).isCloseTo(gbSeconds * PC_DURATION, within(1e-9));
        assertThat(pc.month().monthlyCost()).isCloseTo(MONTH * PC_GB_SECOND + gbSeconds * PC_DURATION + n * REQUEST,
                within(1e-9));
        assertThat(onDemand.month().monthlyCost()).isCloseTo(gbSeconds * GB_SECOND + n * REQUEST, within(1e-9));
        assertThat(pc.month().monthlyCost()).isLessThan(onDemand.month().monthlyCost());
        double breakEven = MONTH * PC_GB_SECOND / (100 * (GB_SECOND - PC_DURATION) / 1000);
        assertThat(pc.breakEvenInvocationsPerMonth()).isCloseTo(breakEven, within(1e-3));
        assertThat(breakEven / n).isCloseTo(0.6, within(1e-4));
    }

    @Test
    void overflowBeyondProvisionedCapacityIsBilledOnDemandWithItsColdStarts() {
        var stats = List.of(withColdStarts(1024, 100.0, 1100.0, 1000.0, 1000.0));
        double n = 20 * MONTH;

        MonthlyCost m = project(stats, new Traffic(n, 0.1, 1, false), Strategy.COST).sizes().get(0).month();

        double onDemand = n / 2;
        assertThat(m.initCost()).isCloseTo(onDemand * 0.1 * 1.0 * GB_SECOND, within(1e-6));
        assertThat(m.durationCost()).isCloseTo(onDemand * 0.1 * GB_SECOND + n / 2 * 0.1 * PC_DURATION, within(1e-6));
    }

    @Test
    void autoPicksTheCheapestCount() {
        var stats = List.of(PowerValueResult.reference(1024, null, 100.0, null));
        double n = 25 * MONTH;

        MonthlyCost auto = project(stats, new Traffic(n, 0, 0, true), Strategy.COST).sizes().get(0).month();

        assertThat(auto.provisionedConcurrency()).isEqualTo(2);
        for (int k = 0; k <= 4; k++) {
            double fixed = project(stats, new Traffic(n, 0, k, false), Strategy.COST).sizes().get(0).month()
                    .monthlyCost();
            assertThat(auto.monthlyCost()).isLessThanOrEqualTo(fixed);
        }
        Projection low = project(stats, new Traffic(MONTH, 0, 0, true), Strategy.COST);
        assertThat(low.cheapest().provisionedConcurrency()).isZero();
    }

    @Test
    void cheapestOverallNamesSizeAndCount() {
        var stats = List.of(PowerValueResult.reference(512, null, 210.0, null),
                PowerValueResult.reference(1024, null, 100.0, null));

        Projection p = project(stats, new Traffic(30 * MONTH, 0, 0, false), Strategy.SPEED);

        assertThat(p.optimum().power()).isEqualTo(1024);
        assertThat(p.optimum().provisionedConcurrency()).isZero();
        assertThat(p.cheapest().provisionedConcurrency()).isPositive();
        assertThat(p.cheapest().monthlyCost()).isLessThan(p.sizes().get(0).onDemandMonthlyCost());
    }

    @Test
    void durationBeyondTheFirstBandIsDiscounted() {
        assertThat(DurationTiers.cost(7e9, GB_SECOND, "x86_64")).isCloseTo(6e9 * GB_SECOND + 1e9 * GB_SECOND * 0.9,
                within(1e-6));
        assertThat(DurationTiers.cost(20e9, 1.33334e-5, "arm64")).isCloseTo(
                (7.5e9 + 11.25e9 * 0.9 + 1.25e9 * 0.8) * 1.33334e-5, within(1e-6));
    }

    @Test
    void regionWithoutItsOwnProvisionedPriceUsesTheDefault() {
        assertThat(PriceTable.bundled().provisionedConcurrency("af-south-1", "arm64").gbSecond()).isEqualTo(3.3334e-6);
        assertThat(PriceTable.bundled().provisionedConcurrency("cn-north-1", "x86_64")).isNull();
    }

    private Projection project(List<PowerValueResult> stats, Traffic traffic, Strategy strategy) {
        return projector.project(stats, traffic, "us-east-1", "x86_64", strategy, 0.5);
    }

    private static PowerValueResult withColdStarts(int memory, double warm, double cold, double init,
            double billedInit) {
        return new PowerValueResult(memory, null, warm, null, null, null, 10, 0, 1, init, null, null, null, null, null,
                null, "x86_64", "USD", false, null, null, new ColdStartFigures(warm, cold, billedInit));
    }
}
