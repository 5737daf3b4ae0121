package dev.powertuner.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.statemachine.TunerStep;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Objects;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryRequest;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

/**
 * Progress on stderr while an execution runs: the state it is in and the power values done (Map iterations ended).
 * On a terminal one line is redrawn; otherwise (a CI log) a plain line is printed at each change and at least every
 * {@link #HEARTBEAT_MILLIS}, so a long run is never silent.
 */
final class Progress {
    /** How the progress is shown. */
    enum Mode { TERMINAL, LINES, OFF }

    /** The longest a CI log stays silent while a run goes on. */
    static final long HEARTBEAT_MILLIS = 30_000;
    private static final int ALL_POWER_VALUES = 46;
    private static final String ROUND = "Round";

    /**
     * Where an execution is.
     *
     * @param state the top-level state last entered (null before the first)
     * @param done  Map iterations ended
     */
    record Snapshot(String state, int done) {
    }

    private final PrintWriter err;
    private final Mode mode;
    private final Integer total;
    private boolean drawn;
    private Snapshot printed;
    private long printedAt;

    Progress(PrintWriter err, Mode mode, Integer total) {
        this.err = err;
        this.mode = mode;
        this.total = total;
    }

    boolean enabled() {
        return mode != Mode.OFF;
    }

    /** Number of power values in the input: the list's size, 46 for "ALL", null when defaults apply. */
    static Integer totalPowerValues(JsonNode input) {
        JsonNode values = input.get("powerValues");
        if (values != null && values.isArray() && values.size() > 0) {
            return values.size();
        }
        if (values != null && values.isTextual() && "ALL".equals(values.textValue())) {
            return ALL_POWER_VALUES;
        }
        return null;
    }

    /** The top-level Task or Map state last entered and the Map iterations ended, from the execution's history. */
    static Snapshot snapshot(SfnClient sfn, String executionArn) {
        int done = 0;
        int rounds = 0;
        String state = null;
        GetExecutionHistoryRequest request = GetExecutionHistoryRequest.builder().executionArn(executionArn)
                .includeExecutionData(false).maxResults(1000).build();
        for (HistoryEvent event : sfn.getExecutionHistoryPaginator(request).events()) {
            HistoryEventType type = event.type();
            if (type == HistoryEventType.MAP_ITERATION_SUCCEEDED || type == HistoryEventType.MAP_ITERATION_FAILED) {
                done++;
            } else if ((type == HistoryEventType.TASK_STATE_ENTERED || type == HistoryEventType.MAP_STATE_ENTERED)
                    && event.stateEnteredEventDetails() != null
                    && !event.stateEnteredEventDetails().name().endsWith(TunerStep.EXECUTOR.stepName())) {
                state = event.stateEnteredEventDetails().name();
                if (type == HistoryEventType.MAP_STATE_ENTERED) {
                    // an adaptive run (docs/adaptive.md) has one Map per round: count the current round's sizes
                    done = 0;
                    rounds += ROUND.equals(state) ? 1 : 0;
                    state = ROUND.equals(state) ? ROUND + " " + rounds : state;
                }
            }
        }
        return new Snapshot(state, done);
    }

    static String line(Snapshot snapshot, Integer total, long elapsedMillis) {
        long seconds = elapsedMillis / 1000;
        String count = total == null ? snapshot.done() + " power values done" : snapshot.done() + "/" + total + " power values done";
        String state = snapshot.state() == null ? "starting" : snapshot.state();
        return String.format(Locale.ROOT, "powertuner: %d:%02d %s, %s", seconds / 60, seconds % 60, state, count);
    }

    /** Shows {@code snapshot} at {@code elapsedMillis} since the start, as the mode wants. */
    void update(Snapshot snapshot, long elapsedMillis) {
        if (mode == Mode.TERMINAL) {
            err.print("\r" + line(snapshot, total, elapsedMillis) + "\u001b[K");
            err.flush();
            drawn = true;
        } else if (mode == Mode.LINES) {
            boolean changed = !Objects.equals(snapshot, printed);
            if (changed || elapsedMillis - printedAt >= HEARTBEAT_MILLIS) {
                err.println(line(snapshot, total, elapsedMillis) + (changed ? "" : " (still running)"));
                err.flush();
                printed = snapshot;
                printedAt = elapsedMillis;
            }
        }
    }

    void finish() {
        if (drawn) {
            err.println();
            err.flush();
            drawn = false;
        }
    }
}
