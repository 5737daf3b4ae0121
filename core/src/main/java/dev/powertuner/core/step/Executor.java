package dev.powertuner.core.step;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.adaptive.Averages;
import dev.powertuner.core.adaptive.SizeSummary;
import dev.powertuner.core.arn.Arns;
import dev.powertuner.core.cost.LambdaPrice;
import dev.powertuner.core.cost.PriceTable;
import dev.powertuner.core.cost.Pricing;
import dev.powertuner.core.error.TimeBudgetExceededException;
import dev.powertuner.core.model.FailedPowerValue;
import dev.powertuner.core.model.PowerValueResult;
import dev.powertuner.core.port.FunctionConfiguration;
import dev.powertuner.core.port.FunctionControl;
import dev.powertuner.core.port.PayloadSource;
import dev.powertuner.core.port.Sleeper;
import dev.powertuner.core.report.LogReport;
import dev.powertuner.core.stats.DurationStats;
import dev.powertuner.core.stats.Stats;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.function.LongSupplier;

/**
 * Step 3, one per power value (docs/DESIGN.md): invokes the alias
 * {@code num} times, in series or in parallel, and returns the statistics; a failing value returns a failed record.
 */
public final class Executor {

    /** Safety margin for the next series invocation. */
    public static final long BUDGET_MARGIN_MILLIS = 5_000;

    private final FunctionControl lambda;
    private final PayloadSource s3;
    private final Sleeper sleeper;
    private final PriceTable prices;
    private final int parallelLimit;
    private final ExecutorService pool;

    /** Parallel runs use a pool of their own, made and stopped per call. */
    public Executor(FunctionControl lambda, PayloadSource s3, Sleeper sleeper, PriceTable prices, int parallelLimit) {
        this(lambda, s3, sleeper, prices, parallelLimit, null);
    }

    /**
     * @param pool the threads for parallel runs, kept by the caller across calls (a warm handler reuses them); it
     *             must allow {@code parallelLimit} tasks at once. Null: a pool per call.
     */
    public Executor(FunctionControl lambda, PayloadSource s3, Sleeper sleeper, PriceTable prices, int parallelLimit,
            ExecutorService pool) {
        this.lambda = lambda;
        this.s3 = s3;
        this.sleeper = sleeper;
        this.prices = prices;
        this.parallelLimit = Math.max(1, parallelLimit);
        this.pool = pool;
    }

    /** Runs the event {@code {"input": <state>, "value": <power>}}. */
    public PowerValueResult execute(JsonNode event, LongSupplier remainingMillis) {
        return run(event, remainingMillis).result();
    }

    /**
     * The result and, in an adaptive round (docs/adaptive.md), the summary of the round's batch: the invocations from
     * the size's count so far up to the round's target.
     */
    public Outcome run(JsonNode event, LongSupplier remainingMillis) {
        ExecutionPlan plan = ExecutionPlan.from(event);
        RoundBatch batch = RoundBatch.of(plan.state().adaptiveRun(), plan.value(), plan.num());
        for (FailedPowerValue f : plan.state().recorded().failedPowerValues().get()) {
            if (f.power() == plan.value()) {
                return new Outcome(rejected(plan, f), null);
            }
        }
        FunctionConfiguration config = lambda.configuration(plan.function(), plan.alias(0));
        LambdaPrice price = prices.lambda(region(plan, config), config.architecture());
        List<String> payloads = plan.payloads(s3).subList(batch.first(), batch.first() + batch.count());
        if (config.isPending() && !plan.onlyColdStarts()) {
            lambda.awaitActive(plan.function(), plan.alias(0));
        }
        Tally tally = new Tally();
        Invoker invoker = new Invoker(lambda, plan, tally);
        if (plan.parallel()) {
            runParallel(plan, payloads, invoker, tally, remainingMillis);
        } else {
            runSeries(plan, payloads, invoker, tally, remainingMillis);
        }
        PowerValueResult result = result(plan, config, price, tally);
        if (!batch.adaptive() || result.failed()) {
            return new Outcome(result, null);
        }
        double msPrice = Pricing.invocationPrice(price, plan.value(), ephemeral(config), 1);
        Averages averages = Averages.of(tally.reports(), plan.discardTopBottom(), plan.num(), price, ephemeral(config));
        return new Outcome(result, SizeSummary.of(plan.value(), tally.invocations(), tally.reports(), msPrice,
                averages));
    }

    /** An Executor call's result and, in an adaptive round, its batch's summary (else null). */
    public record Outcome(PowerValueResult result, SizeSummary summary) {
    }

    private static int ephemeral(FunctionConfiguration config) {
        return config.ephemeralStorageMb() <= 0 ? Pricing.FREE_EPHEMERAL_MB : config.ephemeralStorageMb();
    }

    private void runSeries(ExecutionPlan plan, List<String> payloads, Invoker invoker, Tally tally,
            LongSupplier remainingMillis) {
        for (int i = 0; i < payloads.size() && !tally.failed(); i++) {
            long remaining = remainingMillis.getAsLong();
            long needed = tally.longestMillis() + BUDGET_MARGIN_MILLIS;
            if (remaining < needed) {
                tally.fail(TimeBudgetExceededException.class.getName(), "Remaining time " + remaining
                        + " ms cannot cover the next invocation (longest so far " + tally.longestMillis()
                        + " ms + " + BUDGET_MARGIN_MILLIS + " ms); " + i + " of " + payloads.size() + " invocations made");
                return;
            }
            invoker.invoke(i, payloads.get(i), remainingMillis);
            if (plan.sleepBetweenRunsMs() > 0 && !tally.failed()) {
                // as the reference, which throws before sleeping: only an invocation that counts is followed by a sleep
                sleeper.sleep(plan.sleepBetweenRunsMs());
            }
        }
    }

    private void runParallel(ExecutionPlan plan, List<String> payloads, Invoker invoker, Tally tally,
            LongSupplier remainingMillis) {
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            int index = i;
            tasks.add(() -> {
                if (tally.stopped()) {
                    return Boolean.FALSE;
                }
                try {
                    invoker.invoke(index, payloads.get(index), remainingMillis);
                } catch (RuntimeException e) {
                    tally.stop();
                    throw e;
                }
                return Boolean.TRUE;
            });
        }
        if (pool != null) {
            Parallel.run(tasks, pool);
        } else {
            Parallel.run(tasks, Math.max(1, Math.min(payloads.size(), parallelLimit)));
        }
    }

    private PowerValueResult rejected(ExecutionPlan plan, FailedPowerValue f) {
        FunctionConfiguration latest = lambda.configuration(plan.function(), null);
        String currency = prices.lambdaCurrency(region(plan, latest));
        return PowerValueResult.failure(plan.value(), f.errorType(), f.errorMessage(), 0, 0, 0.0, latest.architecture(),
                currency);
    }

    private static String region(ExecutionPlan plan, FunctionConfiguration config) {
        return Arns.regionOr(config.functionArn(), Arns.regionOr(plan.function(), null));
    }

    private static PowerValueResult result(ExecutionPlan plan, FunctionConfiguration config, LambdaPrice price,
            Tally tally) {
        int memory = plan.value();
        int ephemeral = ephemeral(config);
        double totalCost = Pricing.totalCost(price, memory, ephemeral, tally.billed(), tally.invocations());
        if (tally.failed()) {
            return PowerValueResult.failure(plan.value(), tally.failureType(), tally.failureMessage(),
                    tally.invocations(), tally.errors(), totalCost, config.architecture(), price.currency());
        }
        List<LogReport> reports = tally.reports();
        List<Double> durations = Tally.durations(reports);
        List<Double> billed = new ArrayList<>();
        reports.forEach(r -> billed.add(r.billedDuration()));
        double averageDuration = Stats.trimmedMean(durations, plan.discardTopBottom());
        double averagePrice = Pricing.invocationPrice(price, memory, ephemeral,
                Stats.trimmedMean(billed, plan.discardTopBottom()));
        int coldStarts = 0;
        double initSum = 0;
        for (LogReport r : reports) {
            if (r.coldStart()) {
                coldStarts++;
                initSum += r.initAndRestore();
            }
        }
        DurationStats d = Stats.durationStats(durations);
        return new PowerValueResult(plan.value(), averagePrice, averageDuration, totalCost, price.requestPrice(),
                averagePrice + price.requestPrice(), tally.invocations(), tally.errors(), coldStarts,
                coldStarts == 0 ? null : initSum / coldStarts, d.min(), d.max(), d.p50(), d.p90(), d.p99(),
                d.stdDev(), config.architecture(), price.currency(), false, null, null,
                ColdStarts.of(reports, plan.discardTopBottom()));
    }
}
