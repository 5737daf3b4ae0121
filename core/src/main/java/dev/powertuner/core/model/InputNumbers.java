package dev.powertuner.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.error.InvalidInputException;
import dev.powertuner.core.js.Js;
import java.util.regex.Pattern;

/**
 * The numeric fields of the execution input, read strictly: where the reference's {@code parseInt} or {@code Number}
 * would silently read something else ({@code "10abc"} as 10, {@code 5e-324} as 5, {@code "25ms"} as no sleep), the
 * value is refused with a message naming the field and the rule. Numeric strings are accepted as the reference does,
 * with JavaScript's white space (no-break spaces included) around them.
 */
public final class InputNumbers {

    /** The rule for {@code num}, as messages state it. */
    public static final String NUM_RULE = "num must be a whole number from 5 to " + Limits.MAX_NUM;
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,16}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private InputNumbers() {
    }

    /** {@code num}: the reference's message when missing or below 5, else a whole number up to {@link Limits#MAX_NUM}. */
    public static int num(JsonNode input) {
        JsonNode value = Js.field(input, "num");
        if (Js.isUndefined(value) || value.isNull() || value.isTextual() && Js.trim(value.textValue()).isEmpty()) {
            throw new InvalidInputException("Missing num or num below 5");
        }
        double n = whole(value);
        if (Double.isNaN(n)) {
            throw new InvalidInputException("Invalid num: " + Js.json(value) + " (" + NUM_RULE + ")");
        }
        if (n < 5) {
            throw new InvalidInputException("Missing num or num below 5");
        }
        if (n > Limits.MAX_NUM) {
            throw new InvalidInputException("Invalid num: " + Js.json(value) + " is above " + Limits.MAX_NUM
                    + ": Lambda stops an Executor after 15 minutes and bills at least 1 ms per invocation, so no power"
                    + " value can take more than " + Limits.MAX_NUM + " invocations");
        }
        return (int) n;
    }

    /**
     * {@code sleepBetweenRunsMs}: absent or null → 0; else a whole number of milliseconds from 0 to
     * {@link Limits#LAMBDA_MAX_MILLIS} (one sleep longer than that would outlive the Executor).
     */
    public static long sleepMillis(JsonNode input) {
        JsonNode value = Js.field(input, "sleepBetweenRunsMs");
        if (Js.isUndefined(value) || value.isNull()) {
            return 0;
        }
        double ms = whole(value);
        if (Double.isNaN(ms) || ms < 0) {
            throw new InvalidInputException("Invalid sleepBetweenRunsMs: " + Js.json(value)
                    + " (sleepBetweenRunsMs must be a whole number of milliseconds from 0 to " + Limits.LAMBDA_MAX_MILLIS + ")");
        }
        if (ms > Limits.LAMBDA_MAX_MILLIS) {
            throw new InvalidInputException("Invalid sleepBetweenRunsMs: " + Js.json(value) + " is above "
                    + Limits.LAMBDA_MAX_MILLIS + ": Lambda stops an Executor after 15 minutes, so it cannot sleep longer");
        }
        return (long) ms;
    }

    /**
     * A decimal field such as {@code balancedWeight}: a finite JSON number or a string holding one (as the reference's
     * {@code Math.max} coerces it); anything else, {@code null} included, is refused with {@code rule} in the message.
     */
    public static double decimal(JsonNode input, String name, String rule) {
        JsonNode value = Js.field(input, name);
        double d = decimal(value);
        if (Double.isNaN(d)) {
            throw new InvalidInputException("Invalid " + name + ": " + Js.json(value) + " is not a number (" + rule + ")");
        }
        return d;
    }

    /** An integral finite JSON number, or a string of decimal digits with an optional sign; else NaN. */
    public static double whole(JsonNode value) {
        if (value == null) {
            return Double.NaN;
        }
        if (value.isNumber()) {
            double d = value.doubleValue();
            return Double.isFinite(d) && d == Math.rint(d) ? d : Double.NaN;
        }
        if (value.isTextual()) {
            String s = Js.trim(value.textValue());
            return WHOLE.matcher(s).matches() ? Double.parseDouble(s) : Double.NaN;
        }
        return Double.NaN;
    }

    /** A finite JSON number, or a string holding a decimal number; else NaN. */
    public static double decimal(JsonNode value) {
        if (value == null) {
            return Double.NaN;
        }
        double d = Double.NaN;
        if (value.isNumber()) {
            d = value.doubleValue();
        } else if (value.isTextual()) {
            String s = Js.trim(value.textValue());
            d = DECIMAL.matcher(s).matches() ? Double.parseDouble(s) : Double.NaN;
        }
        return Double.isFinite(d) ? d : Double.NaN;
    }

}
