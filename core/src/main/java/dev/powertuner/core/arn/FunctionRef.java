package dev.powertuner.core.arn;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.error.InvalidInputException;
import dev.powertuner.core.js.Js;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An accepted {@code lambdaARN} (docs/reference-differences.md, "Function names and qualified ARNs"): full unqualified ARN, partial ARN or function name, with a
 * trailing {@code :$LATEST} dropped.
 *
 * @param input    the value as the user wrote it
 * @param function the unqualified form to pass as FunctionName
 * @param region   the ARN's region; empty for partial ARNs and names (use the tuner's region)
 */
public record FunctionRef(String input, String function, Optional<String> region) {

    private static final String NAME = "[A-Za-z0-9_-]{1,64}";
    private static final String QUALIFIER = "[A-Za-z0-9$_-]{1,128}";
    private static final Pattern PARTIAL = Pattern.compile("(\\d{12}):function:(" + NAME + ")(?::(" + QUALIFIER + "))?");
    private static final Pattern PLAIN = Pattern.compile("(" + NAME + ")(?::(" + QUALIFIER + "))?");
    private static final String LATEST = ":$LATEST";

    public FunctionRef {
        region = region == null ? Optional.empty() : region;
    }

    /** Parses a {@code lambdaARN} field; the messages say which form was expected. */
    public static FunctionRef parse(JsonNode value) {
        if (!Js.truthy(value)) {
            throw new InvalidInputException("Missing or empty lambdaARN");
        }
        if (!value.isTextual()) {
            throw invalid(Js.show(value));
        }
        return parse(value.textValue());
    }

    /** Parses a non-empty string. */
    public static FunctionRef parse(String input) {
        if (input == null || input.isEmpty()) {
            throw new InvalidInputException("Missing or empty lambdaARN");
        }
        String text = input.endsWith(LATEST) ? input.substring(0, input.length() - LATEST.length()) : input;
        if (text.startsWith("arn:")) {
            return parseFullArn(input, text);
        }
        Matcher partial = PARTIAL.matcher(text);
        if (partial.matches()) {
            rejectQualifier(input, partial.group(3));
            return new FunctionRef(input, partial.group(1) + ":function:" + partial.group(2), Optional.empty());
        }
        Matcher plain = PLAIN.matcher(text);
        if (plain.matches()) {
            rejectQualifier(input, plain.group(2));
            return new FunctionRef(input, plain.group(1), Optional.empty());
        }
        throw invalid(input);
    }

    /** The function's name alone: no partition, region or account (what an output may show). */
    public String name() {
        return function.substring(function.lastIndexOf(':') + 1);
    }

    /**
     * A pre- or post-processor ({@code field} names it): falsy → null (no processor, as in the reference); else a
     * string that Invoke accepts as FunctionName: a name, partial ARN or ARN, optionally with a version or alias.
     */
    public static String processor(JsonNode value, String field) {
        if (!Js.truthy(value)) {
            return null;
        }
        String text = value.isTextual() ? value.textValue() : null;
        if (text == null || !isInvokable(text)) {
            throw new InvalidInputException("Invalid " + field + ": " + Js.json(value) + " is not a function name or"
                    + " ARN (my-function, 123456789012:function:my-function or"
                    + " arn:aws:lambda:REGION:ACCOUNT:function:my-function, each optionally with :VERSION or :ALIAS)");
        }
        return text;
    }

    private static boolean isInvokable(String text) {
        if (PARTIAL.matcher(text).matches() || PLAIN.matcher(text).matches()) {
            return true;
        }
        String[] parts = text.split(":", -1);
        if (!text.startsWith("arn:") || parts.length != 7 && parts.length != 8) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty()) {
                return false;
            }
        }
        return "lambda".equals(parts[2]) && "function".equals(parts[5]) && parts[6].matches(NAME)
                && (parts.length == 7 || parts[7].matches(QUALIFIER));
    }

    private static FunctionRef parseFullArn(String input, String text) {
        String[] parts = text.split(":", -1);
        if (parts.length != 7 && parts.length != 8) {
            throw invalid(input);
        }
        for (String part : parts) {
            if (part.isEmpty()) {
                throw invalid(input);
            }
        }
        if (!"lambda".equals(parts[2]) || !"function".equals(parts[5]) || !parts[6].matches(NAME)) {
            throw invalid(input);
        }
        if (parts.length == 8) {
            if (!parts[7].matches(QUALIFIER)) {
                throw invalid(input);
            }
            rejectQualifier(input, parts[7]);
        }
        String function = String.join(":", parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], parts[6]);
        return new FunctionRef(input, function, Optional.of(parts[3]));
    }

    private static void rejectQualifier(String input, String qualifier) {
        if (qualifier != null) {
            throw new InvalidInputException("lambdaARN must be unqualified: \"" + input + "\" names the version or alias \""
                    + qualifier + "\", but powertuner publishes its own versions and aliases from $LATEST."
                    + " Pass the function name or its unqualified ARN.");
        }
    }

    private static InvalidInputException invalid(String value) {
        return new InvalidInputException("Invalid ARN: " + value);
    }
}
