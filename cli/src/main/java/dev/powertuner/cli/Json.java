package dev.powertuner.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The CLI's one Jackson mapper and small helpers around it. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\('(.+?)' \\(code \\d+\\)\\)");
    private static final Pattern TOKEN = Pattern.compile("Unrecognized token '(.*?)'");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*?)'");

    private Json() {
    }

    /**
     * Parses JSON text; throws {@link UsageException} with {@code what}, the line and column and a reason in plain
     * words when it is not one JSON value.
     */
    static JsonNode parse(String text, String what) {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new UsageException(what + " is empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new UsageException(what + " is not valid JSON" + where + ": " + reason(e.getOriginalMessage()), e);
        }
    }

    /** Jackson's message in plain words. */
    static String reason(String message) {
        String text = message == null ? "" : message;
        Matcher duplicate = DUPLICATE.matcher(text);
        if (duplicate.find()) {
            return "the field \"" + duplicate.group(1) + "\" appears twice";
        }
        if (text.contains("end-of-input")) {
            return "the text ends before the JSON value is complete (a missing }, ] or \"?)";
        }
        if (text.contains("Trailing token")) {
            return "there is more text after the JSON value";
        }
        if (text.contains("Illegal unquoted character")) {
            return "a control character (such as a line break or tab) inside a string must be escaped (\\n, \\t)";
        }
        Matcher token = TOKEN.matcher(text);
        if (token.find()) {
            return "unknown word '" + token.group(1) + "' (text needs double quotes; true, false and null are lower case)";
        }
        Matcher unexpected = UNEXPECTED.matcher(text);
        if (unexpected.find()) {
            String expected = text.contains("double-quote to start field name") ? "; a field name in double quotes was expected"
                    : text.contains("comma to separate") ? "; a comma was expected" : "";
            return "unexpected '" + unexpected.group(1) + "'" + expected;
        }
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).replaceAll(" \\(code \\d+\\)", "");
    }

    static String compact(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pretty(JsonNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
