package dev.powertuner.core.state;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.model.PowerValueResult;
import java.util.List;

/**
 * The whole state as the steps after the Initializer read it (Executor, Analyzer, Optimizer, Cleaner), typed and
 * read once by {@link RunStateReader}. A new field of the state is a component here (or in {@link StateInput} or
 * {@link Recorded}) and one line in the reader.
 *
 * @param input        the execution input's fields, read with the reference's semantics
 * @param recorded     what the Initializer and the Publisher wrote under {@code lambdaConfigurations}
 * @param stats        {@code $.stats}, the Executors' results; fails when it is not a non-empty list
 * @param optimalPower {@code $.analysis.power}; null when falsy or not a number
 * @param source       the JSON the state was read from, for steps that pass it on unchanged
 * @param adaptiveRun  {@code $.adaptiveRun}, an adaptive run's rounds (docs/adaptive.md); missing otherwise
 */
public record RunState(
        StateInput input,
        Recorded recorded,
        Field<List<PowerValueResult>> stats,
        Integer optimalPower,
        JsonNode source,
        JsonNode adaptiveRun) {

    /** The function to call: the recorded canonical ARN, else the user's validated lambdaARN. */
    public String function() {
        return input.function().get();
    }

    /** Invocations per power value: the recorded num, else {@code parseInt(input.num)}; 0 when neither is positive. */
    public int num() {
        double n = recorded.num();
        if (Double.isNaN(n) || n <= 0) {
            n = input.num();
        }
        return Double.isNaN(n) || n <= 0 ? 0 : (int) n;
    }

    /** onlyColdStarts: the recorded boolean, else the input's flag. */
    public boolean onlyColdStarts() {
        return recorded.onlyColdStarts() != null ? recorded.onlyColdStarts() : input.onlyColdStarts().get();
    }
}
