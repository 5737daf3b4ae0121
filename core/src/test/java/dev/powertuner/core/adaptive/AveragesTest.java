package dev.powertuner.core.adaptive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.powertuner.core.cost.LambdaPrice;
import dev.powertuner.core.cost.PriceTable;
import dev.powertuner.core.cost.Pricing;
import dev.powertuner.core.model.PowerValueResult;
import dev.powertuner.core.report.LogReport;
import dev.powertuner.core.stats.Stats;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

class AveragesTest {

    private static final LambdaPrice PRICE = PriceTable.bundled().lambda("us-east-1", "x86_64");
    private static final int MEMORY = 1024;
    private static final int EPHEMERAL = 2048;

    /** Reports split at random into rounds, summarised per round, merged, through the state's JSON and back. */
    private static Averages rounds(List<LogReport> reports, double d, int num, Random random) {
        SizeSummary merged = new SizeSummary(MEMORY, 0, 0, 0, 0, 0, 0, 0);
        int from = 0;
        while (from < reports.size()) {
            int to = Math.min(reports.size(), from + 1 + random.nextInt(12));
            List<LogReport> batch = reports.subList(from, to);
            merged = merged.plus(SizeSummary.of(MEMORY, batch.size(), batch, 1e-8,
                    Averages.of(batch, d, num, PRICE, EPHEMERAL)));
            merged = AdaptiveJson.summary(AdaptiveJson.toJson(merged));
            from = to;
        }
        return merged.averages();
    }

    private static List<LogReport> reports(Random random, int n, DoubleSupplier duration) {
        List<LogReport> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double init = random.nextInt(10) == 0 ? 200 + random.nextInt(300) : 0;
            double ms = duration.getAsDouble();
            out.add(new LogReport(ms, init, 0, Math.ceil(ms + init), 0));
        }
        return out;
    }

    private static List<Double> totals(List<LogReport> reports) {
        List<Double> out = new ArrayList<>();
        reports.forEach(r -> out.add(r.totalDuration()));
        return out;
    }

    private static List<Double> billed(List<LogReport> reports) {
        List<Double> out = new ArrayList<>();
        reports.forEach(r -> out.add(r.billedDuration()));
        return out;
    }

    @Test
    void exactlyTheFullRunsFiguresOverTheSameInvocationsWhenTheirSumsAreExact() {
        Random random = new Random(13L);
        for (int run = 0; run < 500; run++) {
            int num = 2 + random.nextInt(99);
            int n = 1 + random.nextInt(num);
            double d = random.nextInt(5) == 0 ? 0 : random.nextDouble() * 0.4;
            // whole milliseconds and eighths: sums of them are exact in a double, so only the trimming can differ
            List<LogReport> reports = reports(random, n, () -> random.nextInt(80_000) / 8.0);
            Averages a = rounds(reports, d, num, random);

            assertThat(a.averageDuration()).isEqualTo(Stats.trimmedMean(totals(reports), d));
            assertThat(a.averagePrice(MEMORY)).isEqualTo(Pricing.invocationPrice(PRICE, MEMORY, EPHEMERAL,
                    Stats.trimmedMean(billed(reports), d)));
        }
    }

    @Test
    void anyDurationsGiveThePriceExactlyAndTheDurationToRoundingOfTheFullRunsSum() {
        Random random = new Random(1313L);
        for (int run = 0; run < 500; run++) {
            int num = 2 + random.nextInt(99);
            int n = 1 + random.nextInt(num);
            double d = random.nextDouble() * 0.4;
            List<LogReport> reports = reports(random, n, () -> Math.exp(random.nextGaussian() * 2 + 4));
            Averages a = rounds(reports, d, num, random);
            double full = Stats.trimmedMean(totals(reports), d);

            // the full run adds left to right in doubles, the summary exactly: they part at the last bits only
            assertThat(a.averageDuration()).isCloseTo(full, within(Math.abs(full) * 1e-13));
            assertThat(a.averagePrice(MEMORY)).isEqualTo(Pricing.invocationPrice(PRICE, MEMORY, EPHEMERAL,
                    Stats.trimmedMean(billed(reports), d)));
        }
    }

    @Test
    void theMergedResultCarriesTheExactFigures() {
        Random random = new Random(7L);
        List<LogReport> reports = reports(random, 50, () -> 100 + random.nextInt(50));
        SizeSummary s = SizeSummary.of(MEMORY, 50, reports, 1e-8, Averages.of(reports, 0.2, 50, PRICE, EPHEMERAL));
        PowerValueResult weighted = new PowerValueResult(MEMORY, 1.0, 2.0, 3.0, 2e-7, 1.0 + 2e-7, 50, 0, 0, null, 1.0,
                2.0, 1.0, 2.0, 2.0, 0.5, "x86_64", "USD", false, null, null);

        PowerValueResult exact = ResultMerge.exact(weighted, s);

        assertThat(exact.averageDuration()).isEqualTo(Stats.trimmedMean(totals(reports), 0.2));
        double price = Pricing.invocationPrice(PRICE, MEMORY, EPHEMERAL, Stats.trimmedMean(billed(reports), 0.2));
        assertThat(exact.averagePrice()).isEqualTo(price);
        assertThat(exact.averageTotalPrice()).isEqualTo(price + 2e-7);
        assertThat(exact.totalCost()).isEqualTo(3.0);
        assertThat(ResultMerge.exact(weighted, new SizeSummary(MEMORY, 50, 50, 0, 0, 0, 0, 1e-8))).isSameAs(weighted);
    }

    @Test
    void keepsOnlyTheExtremesThatTheLargestTrimmingNeeds() {
        TrimmedSum t = TrimmedSum.of(List.of(5.0, 1.0, 9.0, 3.0), 1).plus(TrimmedSum.of(List.of(0.5, 20.0, 4.0), 1));

        assertThat(t.count()).isEqualTo(7);
        assertThat(t.low()).containsExactly(0.5);
        assertThat(t.high()).containsExactly(20.0);
        assertThat(t.mean(0.2)).isEqualTo((1.0 + 3.0 + 4.0 + 5.0 + 9.0) / 5);
        assertThatThrownBy(() -> t.mean(0.3)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kept 1");
    }
}
