package dev.powertuner.local.environment;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.powertuner.local.wire.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The log of one invocation, in the function's log format: START/END/REPORT lines (Text) or platform.start /
 * platform.report records (JSON), with whatever the function logged in between.
 */
public final class InvocationLog implements LambdaLogger {
    /** Bytes of log returned in X-Amz-Log-Result. */
    static final int TAIL_BYTES = 4096;
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final String requestId;
    private final boolean json;
    private final StringBuilder out = new StringBuilder();

    public InvocationLog(String requestId, String version, boolean json) {
        this.requestId = requestId;
        this.json = json;
        if (json) {
            ObjectNode record = Json.object().put("requestId", requestId).put("version", version);
            platform("platform.start", record);
        } else {
            out.append("START RequestId: ").append(requestId).append(" Version: ").append(version).append('\n');
        }
    }

    @Override
    public void log(String message) {
        log(message, LogLevel.INFO);
    }

    @Override
    public void log(byte[] message) {
        log(new String(message, StandardCharsets.UTF_8), LogLevel.INFO);
    }

    @Override
    public synchronized void log(String message, LogLevel level) {
        if (json) {
            ObjectNode line = Json.object().put("timestamp", now())
                    .put("level", level == LogLevel.UNDEFINED ? "INFO" : level.name()).put("message", message)
                    .put("AWSRequestId", requestId);
            out.append(new String(Json.bytes(line), StandardCharsets.UTF_8)).append('\n');
        } else {
            out.append(message);
        }
    }

    @Override
    public void log(byte[] message, LogLevel level) {
        log(new String(message, StandardCharsets.UTF_8), level);
    }

    /** One line a process environment's runtime wrote to stdout or stderr, as the runtime formatted it. */
    synchronized void output(String line) {
        newline();
        out.append(line).append('\n');
    }

    /** What INIT printed: it stands before START, as in CloudWatch. */
    synchronized void initLines(List<String> lines) {
        if (!lines.isEmpty()) {
            out.insert(0, String.join("\n", lines) + "\n");
        }
    }

    /** The runtime's timeout line. */
    public synchronized void timedOut(String message) {
        if (!json) {
            newline();
            out.append(message).append('\n');
        }
    }

    /** Appends END and REPORT (or platform.report) and returns the whole log. */
    public synchronized String finish(Report r) {
        if (json) {
            ObjectNode metrics = Json.object().put("durationMs", r.durationMs())
                    .put("billedDurationMs", r.billedDurationMs()).put("memorySizeMB", r.memorySizeMb())
                    .put("maxMemoryUsedMB", r.maxMemoryUsedMb());
            if (r.initDurationMs() != null) {
                metrics.put("initDurationMs", r.initDurationMs());
            }
            if (r.restoreDurationMs() != null) {
                metrics.put("restoreDurationMs", r.restoreDurationMs())
                        .put("billedRestoreDurationMs", r.billedRestoreDurationMs());
            }
            ObjectNode record = Json.object().put("requestId", requestId);
            record.set("metrics", metrics);
            record.put("status", r.status());
            if (r.errorType() != null) {
                record.put("errorType", r.errorType());
            }
            platform("platform.report", record);
        } else {
            newline();
            out.append("END RequestId: ").append(requestId).append('\n');
            out.append(reportLine(r)).append('\n');
        }
        return out.toString();
    }

    /** The text REPORT line, tab-separated as AWS writes it (with the trailing tab). */
    String reportLine(Report r) {
        StringBuilder line = new StringBuilder("REPORT RequestId: ").append(requestId)
                .append("\tDuration: ").append(ms(r.durationMs())).append(" ms")
                .append("\tBilled Duration: ").append(r.billedDurationMs()).append(" ms")
                .append("\tMemory Size: ").append(r.memorySizeMb()).append(" MB")
                .append("\tMax Memory Used: ").append(r.maxMemoryUsedMb()).append(" MB");
        if (r.initDurationMs() != null) {
            line.append("\tInit Duration: ").append(ms(r.initDurationMs())).append(" ms");
        }
        if (r.restoreDurationMs() != null) {
            line.append("\tRestore Duration: ").append(ms(r.restoreDurationMs())).append(" ms")
                    .append("\tBilled Restore Duration: ").append(r.billedRestoreDurationMs()).append(" ms");
        }
        if ("timeout".equals(r.status())) {
            line.append("\tStatus: timeout");
        } else if ("error".equals(r.status()) && r.errorType() != null
                && r.errorType().startsWith("Runtime.")) {
            line.append("\tStatus: error\tError Type: ").append(r.errorType());
        }
        return line.append('\t').toString();
    }

    /** Base64 of the last 4 KB of a log. */
    public static String tail(String log) {
        byte[] bytes = log.getBytes(StandardCharsets.UTF_8);
        byte[] last = bytes.length <= TAIL_BYTES ? bytes : Arrays.copyOfRange(bytes, bytes.length - TAIL_BYTES,
                bytes.length);
        return Base64.getEncoder().encodeToString(last);
    }

    private void platform(String type, ObjectNode record) {
        ObjectNode line = Json.object().put("time", now()).put("type", type);
        line.set("record", record);
        out.append(new String(Json.bytes(line), StandardCharsets.UTF_8)).append('\n');
    }

    /** Now in UTC with milliseconds, as Lambda writes log timestamps ({@code 2024-05-01T12:00:00.123Z}). */
    public static String now() {
        return TIMESTAMP.format(Instant.now());
    }

    private void newline() {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    private static String ms(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /**
     * The metrics of one invocation, durations already rounded to hundredths.
     *
     * @param status "success", "error" or "timeout"
     */
    public record Report(double durationMs, long billedDurationMs, int memorySizeMb, int maxMemoryUsedMb,
                  Double initDurationMs, String status, String errorType, Double restoreDurationMs,
                  Long billedRestoreDurationMs) {

        /** Rounds durations to 0.01 ms and bills ceil(Duration + Init Duration), at least 1 ms. */
        public static Report of(double durationMs, Double initMs, int memory, int maxMemory, String status,
                         String errorType) {
            long d = Math.round(durationMs * 100);
            long i = initMs == null ? 0 : Math.round(initMs * 100);
            long billed = Math.max(1, (d + i + 99) / 100);
            return new Report(d / 100.0, billed, memory, Math.min(maxMemory, memory),
                    initMs == null ? null : i / 100.0, status, errorType, null, null);
        }

        /** A SnapStart cold start: Restore Duration and Billed Restore Duration instead of Init Duration. */
        public Report withRestore(double restoreMs, long billedRestoreMs) {
            return new Report(durationMs, Math.max(1, (long) Math.ceil(durationMs)), memorySizeMb, maxMemoryUsedMb,
                    null, status, errorType, Math.round(restoreMs * 100) / 100.0, billedRestoreMs);
        }
    }
}
