package dev.powertuner.core.js;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;

/**
 * The JavaScript semantics of the reference for fields read from the execution input: truthiness, {@code parseInt}
 * and {@code isNaN}. Absent fields are Java {@code null} or a missing node ({@code undefined}).
 */
public final class Js {

    private static final int SHOWN_CHARACTERS = 60;

    private Js() {
    }

    /** True for {@code undefined} (null reference or missing node). */
    public static boolean isUndefined(JsonNode node) {
        return node == null || node.isMissingNode();
    }

    /** JavaScript truthiness: false for undefined, null, false, 0, NaN and "". */
    public static boolean truthy(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return false;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            double d = node.doubleValue();
            return d != 0 && !Double.isNaN(d);
        }
        if (node.isTextual()) {
            return !node.textValue().isEmpty();
        }
        return true;
    }

    /** JavaScript {@code parseInt(x, 10)}; NaN when there are no leading digits. */
    public static double parseInt(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull() || node.isBoolean() || node.isObject()) {
            return Double.NaN;
        }
        if (node.isNumber()) {
            double d = node.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return Double.NaN;
            }
            if (Math.abs(d) >= 1e21 || d != 0 && Math.abs(d) < 1e-6) {
                // JavaScript writes these in exponent form ("1e+21", "5e-7"): parseInt reads the leading digits
                return parseInt(String.valueOf(d));
            }
            return d < 0 ? Math.ceil(d) : Math.floor(d);
        }
        if (node.isArray()) {
            // String([a, b]) is "a,b": the leading digits all come from the first element
            return node.isEmpty() ? Double.NaN : parseInt(node.get(0));
        }
        return parseInt(node.asText());
    }

    /** JavaScript {@code parseInt(s, 10)} on a string. */
    public static double parseInt(String text) {
        if (text == null) {
            return Double.NaN;
        }
        String s = trim(text);
        int i = 0;
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int start = i;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i == start) {
            return Double.NaN;
        }
        double value = Double.parseDouble(s.substring(start, i));
        return negative ? -value : value;
    }

    /**
     * JavaScript {@code String.prototype.trim}: removes the characters JavaScript counts as white space or line
     * terminators, which include the no-break spaces (U+00A0, U+2007, U+202F) and U+FEFF that {@link String#strip}
     * keeps, but not the separators U+001C–U+001F that {@code strip} removes.
     */
    public static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isJsSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isJsSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isJsSpace(char c) {
        switch (c) {
            case '\t': case '\n': case '\u000b': case '\f': case '\r': case ' ': case '\u00a0': case '\u1680':
            case '\u2028': case '\u2029': case '\u202f': case '\u205f': case '\u3000': case '\ufeff':
                return true;
            default:
                return c >= '\u2000' && c <= '\u200a';
        }
    }

    /** JavaScript {@code Number(x)}: NaN for undefined, objects and non-numeric strings; 0 for null and "". */
    public static double toNumber(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return Double.NaN;
        }
        if (node.isNull()) {
            return 0;
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? 1 : 0;
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            String s = trim(node.textValue());
            if (s.isEmpty()) {
                return 0;
            }
            try {
                return s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?|[+-]?Infinity") ? Double.parseDouble(s) : Double.NaN;
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        if (node.isArray()) {
            return node.isEmpty() ? 0 : node.size() == 1 ? toNumber(node.get(0)) : Double.NaN;
        }
        return Double.NaN;
    }

    /** JavaScript {@code isNaN(x)}. */
    public static boolean isNaN(JsonNode node) {
        return Double.isNaN(toNumber(node));
    }

    /** The field, or a missing node when {@code node} is not an object. */
    public static JsonNode field(JsonNode node, String name) {
        if (node == null || !node.isObject()) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        return node.path(name);
    }

    /** JavaScript {@code String(x)} for printing in messages. */
    public static String show(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "undefined";
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isObject()) {
            return "[object Object]";
        }
        if (node.isArray()) {
            // Array.prototype.join: null and undefined elements print as empty strings
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                JsonNode item = node.get(i);
                out.append(item == null || item.isNull() ? "" : show(item));
            }
            return out.toString();
        }
        if (node.isFloatingPointNumber()) {
            return show(node.doubleValue());
        }
        return node.toString();
    }

    /** Prints a number as JavaScript's {@code Number.prototype.toString} does ({@code 12}, {@code NaN}, {@code 1.5e-7}). */
    public static String show(double number) {
        if (Double.isNaN(number)) {
            return "NaN";
        }
        if (Double.isInfinite(number)) {
            return number > 0 ? "Infinity" : "-Infinity";
        }
        if (number == 0) {
            return "0";
        }
        BigDecimal exact = new BigDecimal(Double.toString(Math.abs(number))).stripTrailingZeros();
        String digits = exact.unscaledValue().toString();
        int k = digits.length();
        int n = k - exact.scale();
        String sign = number < 0 ? "-" : "";
        if (k <= n && n <= 21) {
            return sign + digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return sign + digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return sign + "0." + "0".repeat(-n) + digits;
        }
        String exponent = (n - 1 < 0 ? "-" : "+") + Math.abs(n - 1);
        return sign + digits.charAt(0) + (k > 1 ? "." + digits.substring(1) : "") + "e" + exponent;
    }

    /** A value as it appears in JSON (strings quoted, numbers as JavaScript prints them), shortened when long. */
    public static String json(JsonNode value) {
        if (Js.isUndefined(value)) {
            return "undefined";
        }
        String text;
        if (value.isNumber()) {
            text = value.isIntegralNumber() ? value.asText() : Js.show(value.doubleValue());
        } else {
            text = value.isTextual() ? TextNode.valueOf(value.textValue()).toString() : value.toString();
        }
        return text.length() > SHOWN_CHARACTERS ? text.substring(0, SHOWN_CHARACTERS - 3) + "..." : text;
    }
}
