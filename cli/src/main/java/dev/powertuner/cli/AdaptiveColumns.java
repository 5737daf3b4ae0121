package dev.powertuner.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** The adaptive run's figures per memory size (docs/adaptive.md): invocations, objective interval, dropped round. */
final class AdaptiveColumns {

    private AdaptiveColumns() {
    }

    /** Invocations the size got, with the round it was dropped in. */
    static String invocations(JsonNode adaptive, int power) {
        JsonNode n = adaptive.path("invocations").path(Integer.toString(power));
        JsonNode dropped = adaptive.path("dropped").path(Integer.toString(power));
        return (n.isNumber() ? n.asText() : "-") + (dropped.isNumber() ? " (dropped r" + dropped.asInt() + ")" : "");
    }

    /** The header of the interval column: the objective and the level. */
    static String intervalHeader(JsonNode adaptive) {
        String objective = "cost";
        for (JsonNode i : adaptive.path("intervals")) {
            objective = i.path("objective").asText(objective);
            break;
        }
        return objective + " interval";
    }

    /** {@code low … high} in the objective's unit; "-" when the size has none (failed, too few samples). */
    static String interval(JsonNode adaptive, int power) {
        JsonNode i = adaptive.path("intervals").path(Integer.toString(power));
        if (!i.path("low").isNumber() || !i.path("high").isNumber()) {
            return "-";
        }
        String objective = i.path("objective").asText("cost");
        return format(objective, i.path("low").doubleValue()) + " … " + format(objective, i.path("high").doubleValue());
    }

    /** One line: rounds, invocations against a full run, confidence. */
    static String summary(JsonNode adaptive) {
        long total = adaptive.path("totalInvocations").asLong();
        long full = adaptive.path("fullInvocations").asLong();
        return String.format(Locale.ROOT, "adaptive: %d rounds, %d of %d invocations (%.0f %%), confidence %.3f",
                adaptive.path("rounds").asInt(), total, full, full == 0 ? 0.0 : 100.0 * total / full,
                adaptive.path("confidence").asDouble());
    }

    private static String format(String objective, double value) {
        switch (objective) {
            case "speed":
                return String.format(Locale.ROOT, "%.2f ms", value);
            case "balanced":
                return String.format(Locale.ROOT, "%.4f", value);
            default:
                return TextTable.price(value);
        }
    }
}
