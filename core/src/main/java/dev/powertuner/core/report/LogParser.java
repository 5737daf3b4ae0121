package dev.powertuner.core.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.powertuner.core.error.LogFormatException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a decoded log tail into the five REPORT metrics (docs/compatibility.md, "Durations from the logs").
 */
public final class LogParser {

    static final String NO_REPORT = "Log contains neither a REPORT line nor a platform.report record";
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Pattern DURATION = Pattern.compile("\tDuration: (\\d+\\.\\d+) ms");
    private static final Pattern INIT = Pattern.compile("\tInit Duration: (\\d+\\.\\d+) ms");
    private static final Pattern RESTORE = Pattern.compile("\tRestore Duration: (\\d+\\.\\d+) ms");
    private static final Pattern BILLED = Pattern.compile("\tBilled Duration: (\\d+) ms");
    private static final Pattern BILLED_RESTORE = Pattern.compile("\tBilled Restore Duration: (\\d+) ms");
    private static final String PLATFORM_REPORT = "platform.report";

    private LogParser() {
    }

    /** Decodes an Invoke {@code LogResult} (base64 of UTF-8). */
    public static String decode(String base64) {
        if (base64 == null) {
            throw new IllegalArgumentException("LogResult must be a base64 string, got null");
        }
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }

    /** Decodes a JSON value; anything but a string is rejected (the reference throws a TypeError). */
    public static String decode(JsonNode base64) {
        if (base64 == null || !base64.isTextual()) {
            throw new IllegalArgumentException("LogResult must be a base64 string, got " + base64);
        }
        return decode(base64.textValue());
    }

    /** Parses the {@code LogResult} of an invocation; null (absent) is an empty tail. */
    public static LogReport parseLogResult(String logResult) {
        return parse(logResult == null ? "" : decode(logResult));
    }

    /** Parses a decoded tail: text REPORT line anywhere, else platform.report JSON, else {@link LogFormatException}. */
    public static LogReport parse(String tail) {
        String log = tail == null ? "" : tail;
        if (log.contains("REPORT RequestId:")) {
            return new LogReport(text(log, DURATION), text(log, INIT), text(log, RESTORE), text(log, BILLED),
                    text(log, BILLED_RESTORE));
        }
        if (log.contains(PLATFORM_REPORT)) {
            return fromJson(log);
        }
        throw new LogFormatException(NO_REPORT);
    }

    /** One metric of a tail. */
    public static double extract(String tail, String metric) {
        return parse(tail).metric(metric);
    }

    /** Per-invocation total durations (Duration + Init + Restore) of decoded tails (null = no LogResult). */
    public static List<Double> durations(List<String> tails) {
        List<Double> out = new ArrayList<>(tails.size());
        for (String tail : tails) {
            out.add(parse(tail).totalDuration());
        }
        return out;
    }

    /** Per-invocation billed durations (Billed + Billed Restore) of decoded tails. */
    public static List<Double> billedDurations(List<String> tails) {
        List<Double> out = new ArrayList<>(tails.size());
        for (String tail : tails) {
            out.add(parse(tail).billedDuration());
        }
        return out;
    }

    private static double text(String log, Pattern pattern) {
        Matcher m = pattern.matcher(log);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static LogReport fromJson(String log) {
        List<JsonNode> records = new ArrayList<>();
        JsonNode whole = tryParse(log);
        if (whole != null && whole.isArray()) {
            whole.forEach(records::add);
        } else if (whole != null && whole.isObject()) {
            records.add(whole);
        } else {
            for (String line : log.split("\n", -1)) {
                if (line.contains(PLATFORM_REPORT)) {
                    JsonNode node = tryParse(line);
                    if (node != null) {
                        records.add(node);
                    }
                }
            }
        }
        for (JsonNode record : records) {
            if (record != null && PLATFORM_REPORT.equals(record.path("type").asText(null))) {
                JsonNode metrics = record.path("record").path("metrics");
                return new LogReport(number(metrics, "durationMs"), number(metrics, "initDurationMs"),
                        number(metrics, "restoreDurationMs"), number(metrics, "billedDurationMs"),
                        number(metrics, "billedRestoreDurationMs"));
            }
        }
        throw new LogFormatException(NO_REPORT);
    }

    private static double number(JsonNode metrics, String name) {
        JsonNode value = metrics.path(name);
        if (!value.isNumber()) {
            return 0;
        }
        double d = value.doubleValue();
        return Double.isNaN(d) ? 0 : d;
    }

    private static JsonNode tryParse(String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            return node == null || node.isMissingNode() ? null : node;
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
