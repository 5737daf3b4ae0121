package dev.powertuner.core.step;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The invocations one Executor call makes at its size: all {@code num} in a normal run; in an adaptive round
 * (docs/adaptive.md) those from the size's invocations so far up to the round's target, read from
 * {@code $.adaptiveRun}.
 *
 * @param first    index of the first invocation (its payload among the run's num payloads)
 * @param count    invocations to make
 * @param adaptive whether the result carries a summary for the decision step
 */
record RoundBatch(int first, int count, boolean adaptive) {

    /** The batch of {@code value} given {@code $.adaptiveRun} (missing in a normal run). */
    static RoundBatch of(JsonNode run, int value, int num) {
        if (run == null || !run.isObject()) {
            return new RoundBatch(0, num, false);
        }
        int done = 0;
        for (JsonNode s : run.path("summaries")) {
            if (s.path("power").intValue() == value) {
                done = s.path("invocations").intValue();
            }
        }
        int target = Math.min(num, run.path("target").intValue());
        return new RoundBatch(Math.min(done, num), Math.max(0, target - done), true);
    }
}
