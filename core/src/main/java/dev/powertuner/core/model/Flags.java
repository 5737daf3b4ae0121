package dev.powertuner.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.error.InvalidInputException;
import dev.powertuner.core.js.Js;
import java.util.List;

/**
 * The boolean fields of the execution input. The reference reads them with JavaScript truthiness, so
 * {@code "autoOptimize": "no"} means true there; powertuner accepts only JSON booleans: absent or {@code null} means
 * false, {@code true}/{@code false} mean themselves, and anything else is refused, naming the field.
 */
public final class Flags {

    /** Every boolean field of the execution input. */
    public static final List<String> NAMES = List.of("parallelInvocation", "autoOptimize", "dryRun", "disablePayloadLogs",
            "includeOutputResults", "onlyColdStarts");

    private Flags() {
    }

    /** The field {@code name} of {@code input}; throws {@link InvalidInputException} when it is not a JSON boolean. */
    public static boolean read(JsonNode input, String name) {
        JsonNode value = Js.field(input, name);
        if (Js.isUndefined(value) || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new InvalidInputException("Invalid " + name + ": " + Js.json(value)
                    + " is not a boolean; write true or false without quotes, or leave " + name + " out for false");
        }
        return value.booleanValue();
    }

    /** Checks every boolean field of {@code input}. */
    public static void validate(JsonNode input) {
        for (String name : NAMES) {
            read(input, name);
        }
    }
}
