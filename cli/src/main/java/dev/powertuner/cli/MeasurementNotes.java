package dev.powertuner.cli;

import dev.powertuner.local.LocalLambda;
import dev.powertuner.local.ProcessLimits;
import dev.powertuner.local.function.FunctionDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the numbers of a local run are: simulated, or this machine's CPU under Lambda's limits (or under none). */
final class MeasurementNotes {

    private MeasurementNotes() {
    }

    /** The header's description of the target, e.g. "process mode, java21 under cgroup v1". */
    static String mode(FunctionDefinition target, LocalLambda lambda, double timeScale) {
        if (target.process() == null) {
            return target.profile() != null ? "simulated profile, time scale " + timeScale : "in-process handler";
        }
        ProcessLimits limits = lambda.processLimits();
        return "process mode, " + target.process().runtime() + (limits.applied() ? " under " + limits.mechanism()
                : " WITHOUT limits");
    }

    /** Lines printed under the result and written into the HTML report. */
    static List<String> of(FunctionDefinition target, LocalLambda lambda, List<Integer> powerValues) {
        List<String> notes = new ArrayList<>();
        if (target.process() == null) {
            if (target.profile() == null) {
                notes.add("in-process handler: it ran at this machine's full speed at every memory size, so the "
                        + "durations check the plumbing and say nothing about Lambda; drop --in-process to measure it");
            }
            return notes;
        }
        ProcessLimits limits = lambda.processLimits();
        if (limits.applied()) {
            notes.add("measured: " + target.process().runtime() + " processes on this machine's CPU under Lambda's "
                    + "CPU share for each size (memory / 1769 vCPU) and its memory limit, applied by "
                    + limits.mechanism() + "; real durations, no time scale");
        } else {
            notes.add("NOT limited: " + limits.mechanism() + ". Every size ran at this machine's full speed with "
                    + "no memory limit, so the curve does not show how Lambda scales with memory");
        }
        int capped = powerValues.stream().filter(limits::capped).mapToInt(Integer::intValue).min().orElse(0);
        if (capped > 0) {
            notes.add(String.format(Locale.ROOT, "sizes from %d MB get %.0f vCPUs here, this machine's cores "
                    + "(Lambda gives min(memory / 1769, 6)): they are measured slower than on Lambda", capped,
                    limits.cores()));
        }
        if (limits.waits().count() > 0) {
            notes.add(String.format(Locale.ROOT, "%d invocations or cold starts waited %.1f s in total for CPU "
                    + "capacity (%.0f cores shared by the sizes running at once); waiting is not counted in Duration",
                    limits.waits().count(), limits.waits().totalMs() / 1000, limits.cores()));
        }
        return notes;
    }
}
