package dev.powertuner.core.strategy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.error.InvalidInputException;
import dev.powertuner.core.js.Js;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The reference's three strategies (docs/compatibility.md, "Strategies"): a stable sort, then the first candidate. */
public enum Strategy {
    COST {
        @Override
        Comparator<Candidate> order(List<Candidate> candidates, double weight) {
            return Comparator.comparingDouble(Candidate::cost).thenComparingDouble(Candidate::duration);
        }
    },
    SPEED {
        @Override
        Comparator<Candidate> order(List<Candidate> candidates, double weight) {
            return Comparator.comparingDouble(Candidate::duration).thenComparingDouble(Candidate::cost);
        }
    },
    BALANCED {
        @Override
        Comparator<Candidate> order(List<Candidate> candidates, double weight) {
            double w = clampWeight(weight);
            double maxCost = candidates.stream().mapToDouble(Candidate::cost).max().orElse(0);
            double maxDuration = candidates.stream().mapToDouble(Candidate::duration).max().orElse(0);
            return Comparator.comparingDouble(c -> score(c, w, maxCost, maxDuration));
        }
    };

    /** Default {@code balancedWeight}. */
    public static final double DEFAULT_WEIGHT = 0.5;

    abstract Comparator<Candidate> order(List<Candidate> candidates, double weight);

    /** The optimum: first of a stable sort of a copy; {@code weight} only matters for BALANCED. */
    public Candidate pick(List<Candidate> candidates, double weight) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no candidates to choose from");
        }
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(order(candidates, weight));
        return sorted.get(0);
    }

    /** The candidates in the strategy's order (a sorted copy). */
    public List<Candidate> rank(List<Candidate> candidates, double weight) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(order(candidates, weight));
        return sorted;
    }

    /**
     * The candidates of {@code among} in the strategy's order, with the balanced maxima taken over {@code all} (an
     * adaptive run ranks the sizes still in contention, normalised as a full run normalises: docs/adaptive.md).
     */
    public List<Candidate> rank(List<Candidate> among, List<Candidate> all, double weight) {
        List<Candidate> sorted = new ArrayList<>(among);
        sorted.sort(order(all, weight));
        return sorted;
    }

    /** The lower-case name used in the input. */
    public String inputName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Balanced score {@code ((w·cost)/maxCost) + (((1−w)·duration)/maxDuration)}. */
    public static double score(Candidate c, double w, double maxCost, double maxDuration) {
        return ((w * c.cost()) / maxCost) + (((1 - w) * c.duration()) / maxDuration);
    }

    /** {@code min(max(w, 0), 1)}. */
    public static double clampWeight(double w) {
        return Math.min(Math.max(w, 0), 1);
    }

    /** The input names, in declaration order: {@code cost}, {@code speed}, {@code balanced}. */
    public static List<String> inputNames() {
        List<String> names = new ArrayList<>();
        for (Strategy s : values()) {
            names.add(s.inputName());
        }
        return names;
    }

    /** Falsy → COST; {@code cost}, {@code speed}, {@code balanced} (case-sensitive); anything else is rejected. */
    public static Strategy parse(JsonNode value) {
        if (!Js.truthy(value)) {
            return COST;
        }
        return parse(Js.show(value));
    }

    /** Same as {@link #parse(JsonNode)} for a string (null or empty → COST). */
    public static Strategy parse(String value) {
        if (value == null || value.isEmpty()) {
            return COST;
        }
        for (Strategy s : values()) {
            if (s.inputName().equals(value)) {
                return s;
            }
        }
        throw new InvalidInputException("Invalid strategy: \"" + value + "\". Valid strategies are cost, speed and balanced.");
    }
}
