package dev.powertuner.core.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PricingTest {

    @Test
    void memoryRatioIsFloatingPoint() {
        assertThat(Pricing.computePrice(1.0, 128, 200, 1)).isEqualTo(1.5625);
    }

    @ParameterizedTest
    @CsvSource({"1, false, 0, 0.00023", "3, false, 0, 0.00038", "4, false, 0, 0.00045", "6, false, 0, 0.0006",
        "6, true, 10, 0.0033"})
    void stepFunctionsCostWorkedExamples(int n, boolean cold, int num, double expected) {
        assertThat(Pricing.stepFunctionsCost(0.000025, n, cold, num)).isEqualTo(expected);
    }

    @Test
    void stepFunctionsCostInOtherRegions() {
        PriceTable t = PriceTable.bundled();

        assertThat(Pricing.stepFunctionsCost(t.stepFunctionsTransition("sa-east-1"), 6, false, 5)).isEqualTo(0.0009);
        assertThat(Pricing.stepFunctionsCost(t.stepFunctionsTransition("cn-north-1"), 4, false, 5)).isEqualTo(0.0034);
    }

    @Test
    void round5IsHalfUpOnTheExactBinaryValue() {
        assertThat(Pricing.round5(0.000025 * 15)).isEqualTo(0.00038);
        assertThat(Pricing.round5(0.000025 * 33)).isEqualTo(0.00082);
        assertThat(BigDecimal.valueOf(0.000025 * 33).setScale(5, java.math.RoundingMode.HALF_UP).doubleValue())
                .isEqualTo(0.00083);
    }

    @Test
    void referenceTotalsOfSection6() {
        List<Double> ones = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ones.add(1.0);
        }

        assertThat(new BigDecimal(Pricing.computeTotalCost(2.1e-9, 128, 128, ones))
                .round(new java.math.MathContext(10)).doubleValue()).isEqualTo(2.1e-8);
        assertThat(new BigDecimal(Pricing.computeTotalCost(2.8e-9, 128, 128, ones))
                .round(new java.math.MathContext(10)).doubleValue()).isEqualTo(2.8e-8);
    }

    @Test
    void ephemeralStorageAboveTheFreeHalfGigabyteIsCharged() {
        LambdaPrice price = new LambdaPrice("USD", 8000.0, 0.5, 1000.0);

        assertThat(Pricing.invocationPrice(price, 128, 512, 10)).isEqualTo(10.0);
        assertThat(Pricing.invocationPrice(price, 128, 1536, 10)).isEqualTo(10.0 + 10 * 1000.0 * 1024 / 1024.0 / 1000.0);
        assertThat(Pricing.totalCost(price, 128, 512, List.of(1.0, 2.0))).isEqualTo(3.0 + 2 * 0.5);
    }

    @Test
    void costGrowsWithBilledDurationAndMemory() {
        Random random = new Random(7);
        LambdaPrice price = PriceTable.bundled().lambda("us-east-1", "x86_64");
        for (int i = 0; i < 5_000; i++) {
            int memory = 128 + random.nextInt(10_113);
            int eph = 512 + random.nextInt(9_729);
            double billed = random.nextDouble() * 900_000;
            double more = billed + random.nextDouble() * 1_000;

            assertThat(Pricing.invocationPrice(price, memory, eph, more))
                    .isGreaterThanOrEqualTo(Pricing.invocationPrice(price, memory, eph, billed));
            assertThat(Pricing.invocationPrice(price, memory + 1, eph, billed))
                    .isGreaterThanOrEqualTo(Pricing.invocationPrice(price, memory, eph, billed));
            assertThat(Pricing.totalCost(price, memory, eph, List.of(billed, more)))
                    .isGreaterThanOrEqualTo(Pricing.totalCost(price, memory, eph, List.of(billed)));
        }
    }
}
