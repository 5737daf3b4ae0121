package dev.powertuner.cli;

import java.io.PrintWriter;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryRequest;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

/** The one-line progress display on stderr: power values done (Map iterations ended) and elapsed time. */
final class Progress {
    private static final int ALL_POWER_VALUES = 46;

    private final PrintWriter err;
    private final boolean enabled;
    private final Integer total;
    private boolean drawn;

    Progress(PrintWriter err, boolean enabled, Integer total) {
        this.err = err;
        this.enabled = enabled;
        this.total = total;
    }

    boolean enabled() {
        return enabled;
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

    /** Map iterations that ended (MapIterationSucceeded or MapIterationFailed) in the execution's history. */
    static int countDone(SfnClient sfn, String executionArn) {
        int done = 0;
        GetExecutionHistoryRequest request = GetExecutionHistoryRequest.builder().executionArn(executionArn).maxResults(1000).build();
        for (HistoryEvent event : sfn.getExecutionHistoryPaginator(request).events()) {
            if (event.type() == HistoryEventType.MAP_ITERATION_SUCCEEDED || event.type() == HistoryEventType.MAP_ITERATION_FAILED) {
                done++;
            }
        }
        return done;
    }

    static String line(int done, Integer total, long elapsedMillis) {
        long seconds = elapsedMillis / 1000;
        String count = total == null ? done + " power values done" : done + "/" + total + " power values done";
        return String.format(Locale.ROOT, "powertuner: %s, %d:%02d elapsed", count, seconds / 60, seconds % 60);
    }

    void update(int done, long elapsedMillis) {
        if (!enabled) {
            return;
        }
        err.print("\r" + line(done, total, elapsedMillis) + "\u001b[K");
        err.flush();
        drawn = true;
    }

    void finish() {
        if (drawn) {
            err.println();
            err.flush();
            drawn = false;
        }
    }
}
