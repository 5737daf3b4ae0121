package dev.powertuner.core.projection;

import dev.powertuner.core.model.ColdStartFigures;
import dev.powertuner.core.model.PowerValueResult;

/**
 * What the projection takes from one power value's statistics (milliseconds).
 *
 * @param memory        MB
 * @param warmLatency   mean warm Duration (warmAverageDuration, else averageDuration)
 * @param coldLatency   mean cold-start latency (coldStartDuration; the warm latency when no cold start was measured)
 * @param coldDuration  mean Duration of a cold invocation without its Init (coldStartDuration − averageInitDuration)
 * @param billedInit    mean billed Init (or billed Restore) of a cold start; 0 when none was measured
 */
record SizeInputs(int memory, double warmLatency, double coldLatency, double coldDuration, double billedInit) {

    /** From a successful result; warm figures fall back to averageDuration for outputs without them. */
    static SizeInputs of(PowerValueResult r) {
        ColdStartFigures c = r.coldStart();
        double warm = c.warmAverageDuration() != null ? c.warmAverageDuration() : r.averageDuration();
        if (c.coldStartDuration() == null) {
            return new SizeInputs(r.value(), warm, warm, warm, 0);
        }
        double init = r.averageInitDuration() == null ? 0 : r.averageInitDuration();
        double billedInit = c.averageBilledInitDuration() == null ? init : c.averageBilledInitDuration();
        return new SizeInputs(r.value(), warm, c.coldStartDuration(), c.coldStartDuration() - init, billedInit);
    }

    double gb() {
        return memory / 1024.0;
    }

    /** Billed ms of a warm invocation: rounded up to the next ms. */
    double warmBilled() {
        return Math.ceil(warmLatency);
    }
}
