package dev.powertuner.core.step;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.arn.Arns;
import dev.powertuner.core.arn.FunctionRef;
import dev.powertuner.core.cost.PriceTable;
import dev.powertuner.core.cost.Pricing;
import dev.powertuner.core.error.AllPowerValuesFailedException;
import dev.powertuner.core.error.InvalidInputException;
import dev.powertuner.core.model.Analysis;
import dev.powertuner.core.model.FailedPowerValue;
import dev.powertuner.core.model.Js;
import dev.powertuner.core.model.PowerValueResult;
import dev.powertuner.core.model.StateJson;
import dev.powertuner.core.model.TuningInput;
import dev.powertuner.core.strategy.Candidate;
import dev.powertuner.core.strategy.Strategy;
import dev.powertuner.core.viz.VisualizationUrl;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Step 5 (reference-contract 2.5, 5.7–5.9, 8c): picks the optimum from {@code $.stats}. No AWS calls. */
public final class Analyzer {

    private final PriceTable prices;
    private final String tunerRegion;
    private final String visualizationBaseUrl;

    public Analyzer(PriceTable prices, String tunerRegion, String visualizationBaseUrl) {
        this.prices = prices;
        this.tunerRegion = tunerRegion;
        this.visualizationBaseUrl = visualizationBaseUrl == null ? VisualizationUrl.DEFAULT_BASE : visualizationBaseUrl;
    }

    /** The analysis of the whole state; empty for dryRun (the handler writes null). */
    public Optional<Analysis> analyze(JsonNode state) {
        JsonNode stats = Js.field(state, "stats");
        if (!stats.isArray() || stats.isEmpty()) {
            throw new InvalidInputException("Wrong input " + (state == null ? "null" : state.toString()));
        }
        if (Js.truthy(Js.field(state, "dryRun"))) {
            return Optional.empty();
        }
        Strategy strategy = Strategy.parse(Js.field(state, "strategy"));
        List<PowerValueResult> results = new ArrayList<>();
        stats.forEach(s -> results.add(StateJson.powerValueResult(s)));
        List<PowerValueResult> kept = new ArrayList<>();
        List<FailedPowerValue> failed = new ArrayList<>();
        double lambdaCost = 0;
        for (PowerValueResult r : results) {
            if (r.failed()) {
                failed.add(r.asFailure());
            } else if (r.averageDuration() == null || r.averageDuration() == 0 || r.averageDuration().isNaN()) {
                continue;
            } else {
                kept.add(r);
            }
            lambdaCost += r.totalCost() == null ? 0 : r.totalCost();
        }
        if (kept.isEmpty()) {
            throw new AllPowerValuesFailedException(allFailedMessage(results));
        }
        List<Candidate> candidates = kept.stream()
                .map(r -> new Candidate(r.value(), r.averagePrice() == null ? 0 : r.averagePrice(), r.averageDuration()))
                .collect(Collectors.toList());
        Candidate optimum = strategy.pick(candidates, TuningInput.balancedWeight(state));
        double executionCost = Pricing.stepFunctionsCost(prices.stepFunctionsTransition(tunerRegion), results.size(),
                StateFields.onlyColdStarts(state), StateFields.num(state));
        String visualization = VisualizationUrl.build(candidates, visualizationBaseUrl, tunerRegion);
        List<PowerValueResult> outputStats = Js.truthy(Js.field(state, "includeOutputResults")) ? results : null;
        return Optional.of(new Analysis(optimum.power(), optimum.cost(), optimum.duration(), executionCost, lambdaCost,
                visualization, outputStats, currency(state, kept), architecture(kept), failed, functionName(state)));
    }

    private String currency(JsonNode state, List<PowerValueResult> kept) {
        for (PowerValueResult r : kept) {
            if (r.currency() != null) {
                return r.currency();
            }
        }
        String arn = StateFields.configurations(state).path("lambdaARN").asText(null);
        return prices.lambdaCurrency(Arns.regionOr(arn, tunerRegion));
    }

    private static String architecture(List<PowerValueResult> kept) {
        for (PowerValueResult r : kept) {
            if (r.architecture() != null) {
                return r.architecture();
            }
        }
        return null;
    }

    /** The name of the function the state tuned; null when the state names none or an invalid one. */
    private static String functionName(JsonNode state) {
        try {
            return FunctionRef.parse(StateFields.function(state)).name();
        } catch (InvalidInputException e) {
            return null;
        }
    }

    private static String allFailedMessage(List<PowerValueResult> results) {
        StringBuilder message = new StringBuilder("All power values failed:");
        for (PowerValueResult r : results) {
            message.append(' ').append(r.value()).append(" (")
                    .append(r.failed() ? r.errorType() : "no duration").append("),");
        }
        message.setLength(message.length() - 1);
        return message.toString();
    }
}
