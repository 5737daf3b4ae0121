package dev.powertuner.core.projection;

import dev.powertuner.core.cost.LambdaPrice;
import dev.powertuner.core.cost.PriceTable;
import dev.powertuner.core.error.InvalidInputException;
import dev.powertuner.core.model.PowerValueResult;
import dev.powertuner.core.strategy.Candidate;
import dev.powertuner.core.strategy.Strategy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Projects a run's statistics onto a month of traffic; used by the Analyzer and by {@code powertuner report}. */
public final class Projector {

    private final PriceTable prices;

    public Projector(PriceTable prices) {
        this.prices = prices;
    }

    /**
     * The projection of the successful results with an average duration.
     *
     * @throws InvalidInputException when no result has statistics to project
     */
    public Projection project(List<PowerValueResult> results, Traffic traffic, String region, String architecture,
            Strategy strategy, double balancedWeight) {
        String arch = architecture == null ? "x86_64" : architecture;
        LambdaPrice price = prices.lambda(region, arch);
        CostModel model = new CostModel(traffic, price, prices.provisionedConcurrency(region, arch), arch);
        List<SizeProjection> sizes = new ArrayList<>();
        MonthlyCost cheapest = null;
        for (PowerValueResult r : results) {
            if (r.failed() || r.averageDuration() == null || !(r.averageDuration() > 0)) {
                continue;
            }
            SizeInputs s = SizeInputs.of(r);
            List<MonthlyCost> options = options(model, s);
            MonthlyCost best = cheapestOf(options);
            MonthlyCost chosen = traffic.auto() || !model.provisionedPriced() ? best
                    : model.month(s, traffic.provisionedConcurrency());
            Double provisionedCost = model.provisionedPriced()
                    ? model.month(s, Math.max(1, ceilCount(model.concurrencyNeeded(s)))).monthlyCost() : null;
            sizes.add(new SizeProjection(chosen, options.get(0).monthlyCost(), provisionedCost,
                    model.concurrencyNeeded(s), model.breakEven(s)));
            cheapest = cheapest == null || best.monthlyCost() < cheapest.monthlyCost() ? best : cheapest;
        }
        if (sizes.isEmpty()) {
            throw new InvalidInputException("No statistics to project: run with includeOutputResults");
        }
        return new Projection(traffic, region, arch, price.currency(), sizes, optimum(sizes, strategy, balancedWeight),
                cheapest);
    }

    /** On demand first, then the counts where the cheapest can lie (cost is concave in the count below the need). */
    private static List<MonthlyCost> options(CostModel model, SizeInputs s) {
        Set<Integer> counts = new LinkedHashSet<>();
        counts.add(0);
        if (model.provisionedPriced()) {
            double needed = model.concurrencyNeeded(s);
            counts.add((int) Math.min(Integer.MAX_VALUE, Math.floor(needed)));
            counts.add(ceilCount(needed));
        }
        List<MonthlyCost> options = new ArrayList<>();
        counts.forEach(k -> options.add(model.month(s, k)));
        return options;
    }

    private static int ceilCount(double needed) {
        return (int) Math.min(Integer.MAX_VALUE, Math.ceil(needed));
    }

    private static MonthlyCost cheapestOf(List<MonthlyCost> options) {
        MonthlyCost best = options.get(0);
        for (MonthlyCost m : options) {
            best = m.monthlyCost() < best.monthlyCost() ? m : best;
        }
        return best;
    }

    private static MonthlyCost optimum(List<SizeProjection> sizes, Strategy strategy, double weight) {
        List<Candidate> candidates = new ArrayList<>();
        sizes.forEach(s -> candidates.add(new Candidate(s.month().power(), s.month().monthlyCost(),
                s.month().meanLatency())));
        int power = strategy.pick(candidates, weight).power();
        for (SizeProjection s : sizes) {
            if (s.month().power() == power) {
                return s.month();
            }
        }
        throw new IllegalStateException("the strategy picked " + power + ", not a projected size");
    }
}
