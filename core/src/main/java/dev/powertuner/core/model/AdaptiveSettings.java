package dev.powertuner.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.error.InvalidInputException;
import dev.powertuner.core.js.Js;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The {@code adaptive} input field (docs/adaptive.md): {@code true}, or {@code {"confidence": 0.95,
 * "minInvocations": 5}}. Absent, null or {@code false}: a normal run.
 *
 * @param confidence     two-sided level of each size's interval, in (0.5, 1)
 * @param minInvocations invocations per size in the first round, 2 … num
 */
public record AdaptiveSettings(double confidence, int minInvocations) {

    public static final String FIELD = "adaptive";
    public static final double DEFAULT_CONFIDENCE = 0.95;
    public static final int DEFAULT_MIN_INVOCATIONS = 5;
    private static final List<String> KEYS = List.of("confidence", "minInvocations");

    public AdaptiveSettings {
        if (!(confidence > 0.5 && confidence < 1)) {
            throw new InvalidInputException("Invalid adaptive.confidence: " + confidence
                    + " (confidence must be a number above 0.5 and below 1, e.g. 0.95)");
        }
        if (minInvocations < 2) {
            throw new InvalidInputException("Invalid adaptive.minInvocations: " + minInvocations
                    + " (minInvocations must be a whole number of at least 2)");
        }
    }

    /** The settings of {@code input}, empty when adaptive is off; {@code num} bounds minInvocations. */
    public static Optional<AdaptiveSettings> parse(JsonNode input, int num) {
        JsonNode value = Js.field(input, FIELD);
        if (Js.isUndefined(value) || value.isNull() || value.isBoolean() && !value.booleanValue()) {
            return Optional.empty();
        }
        if (Flags.read(input, "onlyColdStarts")) {
            throw new InvalidInputException("adaptive cannot be combined with onlyColdStarts: a cold-start run publishes"
                    + " num versions of every size before the first invocation, so stopping early saves no"
                    + " publishing, and every sample is a cold start; leave one of them out");
        }
        if (value.isBoolean()) {
            return Optional.of(new AdaptiveSettings(DEFAULT_CONFIDENCE, Math.min(DEFAULT_MIN_INVOCATIONS, num)));
        }
        if (!value.isObject()) {
            throw new InvalidInputException("Invalid adaptive: " + Js.json(value)
                    + " (adaptive must be true or an object such as {\"confidence\": 0.95, \"minInvocations\": 5})");
        }
        checkKeys(value);
        double confidence = confidence(value.get("confidence"));
        int min = minInvocations(value.get("minInvocations"), num);
        return Optional.of(new AdaptiveSettings(confidence, min));
    }

    private static void checkKeys(JsonNode value) {
        for (Iterator<String> names = value.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!KEYS.contains(name)) {
                String similar = InputKeys.similar(name, KEYS);
                throw new InvalidInputException("Unknown field \"adaptive." + name + "\"" + (similar == null
                        ? " (adaptive knows confidence and minInvocations)" : ": did you mean \"" + similar + "\"?"));
            }
        }
    }

    private static double confidence(JsonNode value) {
        if (value == null) {
            return DEFAULT_CONFIDENCE;
        }
        double c = InputNumbers.decimal(value);
        if (!(c > 0.5 && c < 1)) {
            throw new InvalidInputException("Invalid adaptive.confidence: " + Js.json(value)
                    + " (confidence must be a number above 0.5 and below 1, e.g. 0.95)");
        }
        return c;
    }

    private static int minInvocations(JsonNode value, int num) {
        if (value == null) {
            return Math.min(DEFAULT_MIN_INVOCATIONS, num);
        }
        double n = InputNumbers.whole(value);
        if (Double.isNaN(n) || n < 2 || n > num) {
            throw new InvalidInputException("Invalid adaptive.minInvocations: " + Js.json(value)
                    + " (minInvocations must be a whole number from 2 to num = " + num + ")");
        }
        return (int) n;
    }
}
