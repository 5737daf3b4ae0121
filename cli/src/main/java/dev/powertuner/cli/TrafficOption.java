package dev.powertuner.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.powertuner.core.error.PowerTunerException;
import dev.powertuner.core.projection.Traffic;
import java.util.Locale;

/** {@code --traffic invocationsPerMonth=N[,coldStartRatio=R][,provisionedConcurrency=K|auto]} as the input's object. */
final class TrafficOption {
    static final String SYNTAX = "invocationsPerMonth=N[,coldStartRatio=R][,provisionedConcurrency=K|auto]";

    private TrafficOption() {
    }

    /** The {@code traffic} object, validated by core's rules; a usage error naming the field otherwise. */
    static ObjectNode parse(String text) {
        ObjectNode traffic = Json.MAPPER.createObjectNode();
        for (String part : text.split(",", -1)) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2 || kv[1].isBlank()) {
                throw new UsageException("--traffic: '" + part + "' is not name=value; expected " + SYNTAX);
            }
            String name = kv[0].trim();
            String value = kv[1].trim();
            switch (name) {
                case "invocationsPerMonth":
                case "coldStartRatio":
                    traffic.set(name, number(name, value));
                    break;
                case "provisionedConcurrency":
                    traffic.set(name, "auto".equals(value) ? Json.MAPPER.getNodeFactory().textNode(value)
                            : number(name, value));
                    break;
                default:
                    throw new UsageException("--traffic: unknown field '" + name + "'; expected " + SYNTAX);
            }
        }
        check(traffic);
        return traffic;
    }

    /** Applies core's validation to a {@code traffic} value (null: nothing to check). */
    static Traffic check(JsonNode traffic) {
        try {
            return Traffic.parse(traffic);
        } catch (PowerTunerException e) {
            throw new UsageException("invalid execution input: " + e.getMessage(), e);
        }
    }

    private static JsonNode number(String name, String value) {
        try {
            double number = Double.parseDouble(value.replace("_", ""));
            if (number == Math.rint(number) && Math.abs(number) < 1e15) {
                return Json.MAPPER.getNodeFactory().numberNode((long) number);
            }
            return Json.MAPPER.getNodeFactory().numberNode(number);
        } catch (NumberFormatException e) {
            throw new UsageException(String.format(Locale.ROOT, "--traffic: %s must be a number, not '%s'", name, value), e);
        }
    }
}
