package dev.powertuner.core.adaptive.bench;

import dev.powertuner.core.adaptive.Averages;
import dev.powertuner.core.adaptive.Progress;
import dev.powertuner.core.adaptive.ResultMerge;
import dev.powertuner.core.adaptive.Rounds;
import dev.powertuner.core.adaptive.SizeSummary;
import dev.powertuner.core.cost.LambdaPrice;
import dev.powertuner.core.cost.PriceTable;
import dev.powertuner.core.cost.Pricing;
import dev.powertuner.core.model.AdaptiveSettings;
import dev.powertuner.core.model.PowerValueResult;
import dev.powertuner.core.report.LogReport;
import dev.powertuner.core.stats.Stats;
import dev.powertuner.core.strategy.Candidate;
import dev.powertuner.core.strategy.Strategy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Benchmark (main class, not a test; docs/adaptive.md): for three workloads × three strategies, 20 seeded runs each,
 * the optimum of an adaptive run against the optimum of a full num = 50 run with the same seeded noise, and the share
 * of the full run's invocations it used. Also: how often a full run with other noise agrees with the full run (the
 * noise floor of the question), and the adaptive pick's loss on the noise-free objective. Run with
 * {@code mvn -o -q -pl core test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.powertuner.core.adaptive.bench.AdaptiveBench [-Dexec.args=0.99]} (the optional argument is
 * the confidence; {@code BENCH_MISSES=1} in the environment lists the runs that disagree on stderr).
 */
public final class AdaptiveBench {

    static final List<Integer> POWERS = List.of(128, 256, 512, 1024, 1536, 3008);
    static final int NUM = 50;
    static final int RUNS = 20;
    static final double DISCARD = 0.2;
    static final double WEIGHT = 0.5;
    static final List<Workload> WORKLOADS = List.of(
            new Workload("CPU-bound", 400, 5, 1, 300, 0.05),
            new Workload("I/O-bound", 15, 150, 1, 300, 0.20),
            new Workload("mixed", 120, 60, 1, 300, 0.12));
    private static final LambdaPrice PRICE = PriceTable.bundled().lambda("us-east-1", "x86_64");

    private AdaptiveBench() {
    }

    public static void main(String[] args) {
        AdaptiveSettings settings = new AdaptiveSettings(args.length > 0 ? Double.parseDouble(args[0])
                : AdaptiveSettings.DEFAULT_CONFIDENCE, AdaptiveSettings.DEFAULT_MIN_INVOCATIONS);
        System.out.println("| profile | strategy | agreement | invocations used | rounds | full vs other-noise full"
                + " | misses: full's pick dropped | worst loss of adaptive pick |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        int agreeAll = 0;
        long usedAll = 0;
        long fullAll = 0;
        for (Workload w : WORKLOADS) {
            for (Strategy s : Strategy.values()) {
                Cell c = cell(w, s, settings);
                agreeAll += c.agree;
                usedAll += c.used;
                fullAll += c.full;
                System.out.printf(Locale.ROOT, "| %s | %s | %d %% | %.1f %% | %.1f | %d %% | %d of %d | %.2f %% |%n",
                        w.name(), s.inputName(), 100 * c.agree / RUNS, 100.0 * c.used / c.full,
                        c.rounds / (double) RUNS, 100 * c.baseline / RUNS, c.droppedBest, RUNS - c.agree,
                        100 * c.worstLoss);
            }
        }
        int runs = RUNS * WORKLOADS.size() * Strategy.values().length;
        System.out.printf(Locale.ROOT, "| all | all | %.1f %% | %.1f %% | | | | |%n", 100.0 * agreeAll / runs,
                100.0 * usedAll / fullAll);
    }

    /** Tallies of one profile × strategy. */
    private static final class Cell {
        int agree;
        int baseline;
        long used;
        long full;
        int rounds;
        int droppedBest;
        double worstLoss;
    }

    private static Cell cell(Workload w, Strategy s, AdaptiveSettings settings) {
        Cell c = new Cell();
        for (int run = 0; run < RUNS; run++) {
            long seed = 1_000L * (run + 1);
            int full = fullOptimum(w, s, seed);
            int other = fullOptimum(w, s, seed + 7);
            Adaptive a = adaptive(w, s, seed, settings);
            c.agree += a.optimum == full ? 1 : 0;
            if (a.optimum != full && System.getenv("BENCH_MISSES") != null) {
                System.err.println(w.name() + " " + s + " seed " + seed + " full " + full + " adaptive " + a.optimum
                        + " loss " + loss(w, s, a.optimum, full) + " dropped " + a.dropped);
            }
            c.baseline += other == full ? 1 : 0;
            c.used += a.invocations;
            c.full += (long) NUM * POWERS.size();
            c.rounds += a.rounds;
            c.droppedBest += a.dropped.contains(full) ? 1 : 0;
            c.worstLoss = Math.max(c.worstLoss, loss(w, s, a.optimum, full));
        }
        return c;
    }

    private static int fullOptimum(Workload w, Strategy s, long seed) {
        List<PowerValueResult> results = new ArrayList<>();
        for (int p : POWERS) {
            results.add(executor(p, w.invocations(seed, p, NUM)));
        }
        return pick(s, results);
    }

    /** An adaptive run's outcome. */
    private record Adaptive(int optimum, int invocations, int rounds, java.util.Set<Integer> dropped) {
    }

    private static Adaptive adaptive(Workload w, Strategy s, long seed, AdaptiveSettings settings) {
        Progress progress = Progress.start(settings, POWERS, NUM);
        Map<Integer, PowerValueResult> merged = new LinkedHashMap<>();
        while (!progress.done()) {
            List<SizeSummary> batches = new ArrayList<>();
            for (SizeSummary contender : progress.contenders()) {
                int p = contender.power();
                List<LogReport> all = w.invocations(seed, p, progress.target());
                List<LogReport> batch = all.subList(contender.invocations(), all.size());
                merged.put(p, ResultMerge.merge(merged.get(p), executor(p, batch)));
                batches.add(SizeSummary.of(p, batch.size(), batch, msPrice(p),
                        Averages.of(batch, DISCARD, NUM, PRICE, Pricing.FREE_EPHEMERAL_MB)));
            }
            progress = Rounds.decide(progress.withRound(batches, List.of()), s, WEIGHT, NUM);
        }
        List<PowerValueResult> exact = new ArrayList<>();
        for (SizeSummary summary : progress.summaries()) {
            exact.add(ResultMerge.exact(merged.get(summary.power()), summary));
        }
        List<Candidate> all = candidates(exact);
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : all) {
            if (!progress.dropped().containsKey(c.power())) {
                kept.add(c);
            }
        }
        int pick = s.rank(kept, all, WEIGHT).get(0).power();
        return new Adaptive(pick, progress.totalInvocations(), progress.round(), progress.dropped().keySet());
    }

    /** The two figures of an Executor result that the Analyzer ranks on, computed as the Executor does. */
    private static PowerValueResult executor(int memory, List<LogReport> reports) {
        List<Double> durations = new ArrayList<>();
        List<Double> billed = new ArrayList<>();
        int cold = 0;
        for (LogReport r : reports) {
            durations.add(r.totalDuration());
            billed.add(r.billedDuration());
            cold += r.coldStart() ? 1 : 0;
        }
        double price = Pricing.invocationPrice(PRICE, memory, Pricing.FREE_EPHEMERAL_MB,
                Stats.trimmedMean(billed, DISCARD));
        return new PowerValueResult(memory, price, Stats.trimmedMean(durations, DISCARD), null, null, null,
                reports.size(), 0, cold, null, null, null, null, null, null, null, null, null, false, null, null);
    }

    private static int pick(Strategy s, List<PowerValueResult> results) {
        return s.pick(candidates(results), WEIGHT).power();
    }

    private static List<Candidate> candidates(List<PowerValueResult> results) {
        List<Candidate> candidates = new ArrayList<>();
        results.forEach(r -> candidates.add(new Candidate(r.value(), r.averagePrice(), r.averageDuration())));
        return candidates;
    }

    private static double msPrice(int memory) {
        return Pricing.invocationPrice(PRICE, memory, Pricing.FREE_EPHEMERAL_MB, 1);
    }

    /** How much worse the adaptive pick is than the full run's on the noise-free objective (0 when equal). */
    private static double loss(Workload w, Strategy s, int adaptive, int full) {
        List<Candidate> truth = new ArrayList<>();
        for (int p : POWERS) {
            truth.add(new Candidate(p, msPrice(p) * w.modelMs(p), w.modelMs(p)));
        }
        return Math.max(0, PickLoss.relative(s, WEIGHT, truth, adaptive, full));
    }
}
