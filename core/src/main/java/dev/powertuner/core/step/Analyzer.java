package dev.powertuner.core.step;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.adaptive.AdaptiveJson;
import dev.powertuner.core.arn.Arns;
import dev.powertuner.core.arn.FunctionRef;
import dev.powertuner.core.cost.PriceTable;
import dev.powertuner.core.cost.Pricing;
import dev.powertuner.core.error.AllPowerValuesFailedException;
import dev.powertuner.core.error.InvalidInputException;
import dev.powertuner.core.model.Analysis;
import dev.powertuner.core.model.PowerValueResult;
import dev.powertuner.core.projection.ProjectionJson;
import dev.powertuner.core.projection.Projector;
import dev.powertuner.core.projection.Traffic;
import dev.powertuner.core.state.RunState;
import dev.powertuner.core.state.RunStateReader;
import dev.powertuner.core.state.StateInput;
import dev.powertuner.core.strategy.Candidate;
import dev.powertuner.core.strategy.Strategy;
import dev.powertuner.core.viz.VisualizationUrl;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Step 5 (strategies, visualization, failed values): picks the optimum from {@code $.stats}. No AWS calls. */
public final class Analyzer {

    private static final Pattern ORIGINAL_MESSAGE = Pattern.compile(
            "original error message: \"(?:RequestId: [0-9a-fA-F-]+ (?:Error: )?)?(.*?)\",trace: ", Pattern.DOTALL);
    private static final int BRIEF_CHARACTERS = 160;

    private final PriceTable prices;
    private final String tunerRegion;
    private final String visualizationBaseUrl;

    public Analyzer(PriceTable prices, String tunerRegion, String visualizationBaseUrl) {
        this.prices = prices;
        this.tunerRegion = tunerRegion;
        this.visualizationBaseUrl = visualizationBaseUrl == null ? VisualizationUrl.DEFAULT_BASE : visualizationBaseUrl;
    }

    /** The analysis of the whole state; empty for dryRun (the handler writes null). */
    public Optional<Analysis> analyze(JsonNode json) {
        RunState state = RunStateReader.read(json);
        JsonNode run = state.adaptiveRun();
        List<PowerValueResult> results = run.isObject() ? AdaptiveJson.results(run) : state.stats().get();
        StateInput input = state.input();
        if (input.dryRun().get()) {
            return Optional.empty();
        }
        Strategy strategy = input.strategy().get();
        List<PowerValueResult> kept = new ArrayList<>();
        List<PowerValueResult> failed = new ArrayList<>();
        for (PowerValueResult r : results) {
            if (r.failed()) {
                failed.add(r);
            } else if (r.averageDuration() != null && r.averageDuration() != 0 && !r.averageDuration().isNaN()) {
                kept.add(r);
            }
        }
        if (kept.isEmpty()) {
            throw new AllPowerValuesFailedException(allFailedMessage(results));
        }
        List<Candidate> candidates = kept.stream()
                .map(r -> new Candidate(r.value(), r.averagePrice() == null ? 0 : r.averagePrice(), r.averageDuration()))
                .collect(Collectors.toList());
        List<Candidate> ranked = strategy.rank(candidates, input.balancedWeight());
        Candidate optimum = run.isObject() ? Decider.optimum(run, strategy, candidates, input.balancedWeight())
                : ranked.get(0);
        double executionCost = Pricing.stepFunctionsCost(prices.stepFunctionsTransition(tunerRegion), results.size(),
                state.onlyColdStarts(), state.num());
        String visualization = VisualizationUrl.build(candidates, visualizationBaseUrl, tunerRegion);
        List<PowerValueResult> outputStats = input.includeOutputResults().get() ? results : null;
        String region = region(state);
        Traffic traffic = input.traffic().get();
        JsonNode projection = traffic == null ? null : ProjectionJson.toJson(new Projector(prices).project(kept,
                traffic, region, architecture(kept), strategy, input.balancedWeight()));
        return Optional.of(new Analysis(optimum.power(), optimum.cost(), optimum.duration(), executionCost,
                lambdaCost(ranked, candidates, kept, failed), visualization, outputStats, currency(state, kept), architecture(kept),
                failed.stream().map(PowerValueResult::asFailure).collect(Collectors.toList()), functionName(state),
                region, projection, run.isObject() ? Decider.output(state, results, strategy) : null));
    }

    private String region(RunState state) {
        return Arns.regionOr(state.recorded().lambdaArn(), tunerRegion);
    }

    /**
     * Σ totalCost as the reference adds it (the kept values in the order the strategy ranked them, from 0, so the
     * sum is bit-identical), then the failed values' costs in powerValues order.
     */
    static double lambdaCost(List<Candidate> ranked, List<Candidate> candidates, List<PowerValueResult> kept,
            List<PowerValueResult> failed) {
        double sum = 0;
        for (Candidate c : ranked) {
            for (int i = 0; i < candidates.size(); i++) {
                if (candidates.get(i) == c) {
                    Double cost = kept.get(i).totalCost();
                    sum += cost == null ? 0 : cost;
                }
            }
        }
        for (PowerValueResult r : failed) {
            sum += r.totalCost() == null ? 0 : r.totalCost();
        }
        return sum;
    }

    private String currency(RunState state, List<PowerValueResult> kept) {
        for (PowerValueResult r : kept) {
            if (r.currency() != null) {
                return r.currency();
            }
        }
        return prices.lambdaCurrency(region(state));
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
    private static String functionName(RunState state) {
        try {
            return FunctionRef.parse(state.function()).name();
        } catch (InvalidInputException e) {
            return null;
        }
    }

    /** Each value with its error type and, so that the function's own words reach the user, its error message. */
    private static String allFailedMessage(List<PowerValueResult> results) {
        StringBuilder message = new StringBuilder("All power values failed:");
        for (PowerValueResult r : results) {
            String brief = r.failed() ? brief(r.errorMessage()) : "";
            message.append(' ').append(r.value()).append(" (").append(r.failed() ? r.errorType() : "no duration")
                    .append(brief.isEmpty() ? "" : ": " + brief).append("),");
        }
        message.setLength(message.length() - 1);
        return message.toString();
    }

    /** The function's own message inside the Executor's wrapper, shortened; else the message itself. */
    static String brief(String errorMessage) {
        if (errorMessage == null) {
            return "";
        }
        Matcher m = ORIGINAL_MESSAGE.matcher(errorMessage);
        String text = m.find() ? m.group(1) : errorMessage;
        if ("undefined".equals(text)) {
            return "";
        }
        return text.length() > BRIEF_CHARACTERS ? text.substring(0, BRIEF_CHARACTERS - 3) + "..." : text;
    }
}
