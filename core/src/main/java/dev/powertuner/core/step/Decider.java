package dev.powertuner.core.step;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.adaptive.AdaptiveJson;
import dev.powertuner.core.adaptive.Progress;
import dev.powertuner.core.adaptive.RoundStep;
import dev.powertuner.core.model.AdaptiveSettings;
import dev.powertuner.core.model.PowerValueResult;
import dev.powertuner.core.state.RunState;
import dev.powertuner.core.state.RunStateReader;
import dev.powertuner.core.strategy.Candidate;
import dev.powertuner.core.strategy.Strategy;
import java.util.ArrayList;
import java.util.List;

/**
 * The decision step of an adaptive run (docs/adaptive.md), run by the Analyzer's function so that the tuner keeps six
 * functions: while an adaptive run is still sampling, the Analyzer's function decides instead of analysing.
 */
public final class Decider {

    private Decider() {
    }

    /** True for the state of an adaptive run whose sampling has not ended. */
    public static boolean applies(JsonNode json) {
        RunState state = RunStateReader.read(json);
        JsonNode run = state.adaptiveRun();
        return state.recorded().adaptive() != null && !(run.isObject() && run.path("done").asBoolean(false));
    }

    /** The next {@code $.adaptiveRun}: the round merged, sizes dropped, the next round's sizes and target. */
    public static JsonNode decide(JsonNode json) {
        RunState state = RunStateReader.read(json);
        AdaptiveSettings settings = state.recorded().adaptive();
        if (settings == null || state.recorded().powerValues() == null) {
            throw new IllegalArgumentException("not an adaptive run: lambdaConfigurations has no adaptive settings");
        }
        RoundStep step = new RoundStep(settings, state.recorded().powerValues(), state.num(),
                state.input().strategy().get(), state.input().balancedWeight());
        return step.decide(state.adaptiveRun());
    }

    /** The optimum of an adaptive run: the best of the sizes not dropped, normalised over every measured size. */
    static Candidate optimum(JsonNode run, Strategy strategy, List<Candidate> candidates, double weight) {
        Progress progress = AdaptiveJson.progress(run);
        List<Candidate> left = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!progress.dropped().containsKey(c.power())) {
                left.add(c);
            }
        }
        return strategy.rank(left.isEmpty() ? candidates : left, candidates, weight).get(0);
    }

    /** The analysis's {@code adaptive} object. */
    static JsonNode output(RunState state, List<PowerValueResult> results, Strategy strategy) {
        List<Integer> powers = state.recorded().powerValues();
        return AdaptiveJson.output(AdaptiveJson.progress(state.adaptiveRun()), results, state.num(),
                powers == null ? results.size() : powers.size(), strategy, state.input().balancedWeight());
    }
}
