package dev.powertuner.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.adaptive.bench.PickLoss;
import dev.powertuner.core.cost.LambdaPrice;
import dev.powertuner.core.cost.PriceTable;
import dev.powertuner.core.cost.Pricing;
import dev.powertuner.core.strategy.Candidate;
import dev.powertuner.core.strategy.Strategy;
import dev.powertuner.local.function.FunctionDefinition;
import dev.powertuner.local.function.WorkloadProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/**
 * Benchmark on Local Lambda (main class, not a test; docs/adaptive.md, "On Local Lambda"): for three workloads ×
 * three strategies and N seeds each, a full num = 50 run and an adaptive run of the whole tuner (the real state machine
 * on the local Step Functions server, the six handlers, Local Lambda) against the same seeded noise, and whether the
 * adaptive run picks the full run's optimum, with what share of its invocations. A third run, full with other noise
 * (seed + 7), shows how often the full run's pick itself survives new noise: the agreement the question allows.
 *
 * <p>The target is registered afresh with the seed before every execution, so both runs start at the first draw of
 * every size's noise stream and the adaptive run sees, at each size, the first k durations the full run sees. Run with
 * {@code mvn -o -q -pl test test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.powertuner.e2e.AdaptiveLocalBench [-Dexec.args=3]} (the argument: seeds per cell, default 20).
 * The runs that disagree are listed on stderr.
 */
public final class AdaptiveLocalBench {
    static final List<Integer> POWERS = List.of(128, 256, 512, 1024, 1536, 3008);
    static final int NUM = 50;
    static final double WEIGHT = 0.5;
    static final double TIME_SCALE = 0.001;
    /** docs/adaptive.md's three workloads (init 300 ms, one thread), with Local Lambda's uniform bounded jitter. */
    static final List<Workload> WORKLOADS = List.of(
            new Workload("CPU-bound", new WorkloadProfile(400, 1, 5, 300, 0, 0.05, 0, null, 0)),
            new Workload("I/O-bound", new WorkloadProfile(15, 1, 150, 300, 0, 0.20, 0, null, 0)),
            new Workload("mixed", new WorkloadProfile(120, 1, 60, 300, 0, 0.12, 0, null, 0)));
    private static final String TARGET = "bench-target";
    private static final LambdaPrice PRICE = PriceTable.bundled().lambda(LocalTuner.REGION, "x86_64");

    private AdaptiveLocalBench() {
    }

    /** One workload: its name and its profile (the seed is set per run). */
    record Workload(String name, WorkloadProfile profile) {
    }

    /** Tallies of one workload × strategy. */
    private static final class Cell {
        int runs;
        int agree;
        int baseline;
        long used;
        long full;
        int rounds;
        int droppedBest;
        double worstLoss;
    }

    public static void main(String[] args) {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        long start = System.nanoTime();
        Cell all = new Cell();
        try (LocalTuner tuner = LocalTuner.builder().timeScale(TIME_SCALE).start()) {
            System.out.println("| profile | jitter | strategy | agreement | invocations used | rounds"
                    + " | full vs other-noise full | misses: full's pick dropped | worst loss of adaptive pick |");
            System.out.println("|---|---|---|---|---|---|---|---|---|");
            for (Workload w : WORKLOADS) {
                for (Strategy s : Strategy.values()) {
                    Cell c = cell(tuner, w, s, seeds);
                    System.out.printf(Locale.ROOT, "| %s | ±%.0f %% | %s | %.0f %% | %.1f %% | %.1f | %.0f %%"
                                    + " | %d of %d | %.2f %% |%n", w.name(), 100 * w.profile().jitter(),
                            s.inputName(), 100.0 * c.agree / c.runs, 100.0 * c.used / c.full,
                            c.rounds / (double) c.runs, 100.0 * c.baseline / c.runs, c.droppedBest,
                            c.runs - c.agree, 100 * c.worstLoss);
                    add(all, c);
                }
            }
        }
        System.out.printf(Locale.ROOT, "| all | | all | %.1f %% (%d of %d) | %.1f %% | %.1f | %.1f %% | %d of %d"
                        + " | %.2f %% |%n", 100.0 * all.agree / all.runs, all.agree, all.runs,
                100.0 * all.used / all.full, all.rounds / (double) all.runs, 100.0 * all.baseline / all.runs,
                all.droppedBest, all.runs - all.agree, 100 * all.worstLoss);
        System.out.printf(Locale.ROOT, "%d executions, wall time %.1f s%n", 3 * all.runs,
                (System.nanoTime() - start) / 1e9);
    }

    private static void add(Cell total, Cell c) {
        total.runs += c.runs;
        total.agree += c.agree;
        total.baseline += c.baseline;
        total.used += c.used;
        total.full += c.full;
        total.rounds += c.rounds;
        total.droppedBest += c.droppedBest;
        total.worstLoss = Math.max(total.worstLoss, c.worstLoss);
    }

    private static Cell cell(LocalTuner tuner, Workload w, Strategy s, int seeds) {
        Cell c = new Cell();
        for (int run = 0; run < seeds; run++) {
            long seed = 1_000L * (run + 1);
            JsonNode full = run(tuner, w, seed, s, false);
            JsonNode adaptive = run(tuner, w, seed, s, true);
            JsonNode other = run(tuner, w, seed + 7, s, false);
            int fullPower = full.path("power").intValue();
            int adaptivePower = adaptive.path("power").intValue();
            JsonNode a = adaptive.path("adaptive");
            c.runs++;
            c.agree += adaptivePower == fullPower ? 1 : 0;
            c.baseline += other.path("power").intValue() == fullPower ? 1 : 0;
            c.used += a.path("totalInvocations").intValue();
            c.full += a.path("fullInvocations").intValue();
            c.rounds += a.path("rounds").intValue();
            c.droppedBest += a.path("dropped").has(Integer.toString(fullPower)) ? 1 : 0;
            double loss = loss(w, s, adaptivePower, fullPower);
            c.worstLoss = Math.max(c.worstLoss, loss);
            if (adaptivePower != fullPower) {
                System.err.printf(Locale.ROOT, "miss: %s %s seed %d: full %d, adaptive %d; gap in the full run's"
                                + " figures %.3f %%, noise-free loss %.3f %%; adaptive confidence %s, dropped %s%n",
                        w.name(), s.inputName(), seed, fullPower, adaptivePower,
                        100 * gap(full.path("stats"), s, adaptivePower, fullPower), 100 * loss,
                        a.path("confidence").asText(), a.path("dropped"));
            }
        }
        return c;
    }

    /** One execution against the target registered afresh with {@code seed}; its output. */
    private static JsonNode run(LocalTuner tuner, Workload w, long seed, Strategy s, boolean adaptive) {
        String arn = tuner.registerTarget(FunctionDefinition.builder(TARGET).memorySize(1024).timeout(60)
                .description("adaptive bench").profile(w.profile().withSeed(seed)).build());
        String powers = POWERS.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
        TunerRun run = tuner.run("{\"lambdaARN\": \"" + arn + "\", \"num\": " + NUM + ", \"strategy\": \""
                + s.inputName() + "\", \"powerValues\": " + powers + ", \"includeOutputResults\": true"
                + (adaptive ? ", \"adaptive\": true}" : "}"));
        if (run.status() != ExecutionStatus.SUCCEEDED) {
            throw new IllegalStateException(w.name() + " " + s + " seed " + seed + ": " + run.describe());
        }
        return run.output();
    }

    /** How much worse {@code other} is than {@code best} on the strategy's objective, from a run's stats. */
    private static double gap(JsonNode stats, Strategy s, int other, int best) {
        List<Candidate> candidates = new ArrayList<>();
        for (JsonNode stat : stats) {
            candidates.add(new Candidate(stat.path("value").intValue(), stat.path("averagePrice").doubleValue(),
                    stat.path("averageDuration").doubleValue()));
        }
        return PickLoss.relative(s, WEIGHT, candidates, other, best);
    }

    /** How much worse the adaptive pick is than the full run's on the noise-free objective (0 when equal). */
    private static double loss(Workload w, Strategy s, int adaptive, int full) {
        List<Candidate> truth = new ArrayList<>();
        for (int p : POWERS) {
            double ms = w.profile().durationMs(p);
            truth.add(new Candidate(p, Pricing.invocationPrice(PRICE, p, Pricing.FREE_EPHEMERAL_MB, ms), ms));
        }
        return Math.max(0, PickLoss.relative(s, WEIGHT, truth, adaptive, full));
    }
}
