package dev.powertuner.core.payload;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.powertuner.core.error.PayloadException;
import dev.powertuner.core.js.Js;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Payload conversion and the reference's weighted split (docs/reference-differences.md, "Payloads"). */
public final class Payloads {

    static final ObjectMapper MAPPER = new ObjectMapper(new JsonFactoryBuilder().characterEscapes(new JsEscapes()).build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Payloads() {
    }

    /**
     * The reference's {@code convertPayload}: undefined → null (no payload); a string that parses as JSON →
     * unchanged; anything else → compact JSON.
     */
    public static String convert(JsonNode payload) {
        if (Js.isUndefined(payload)) {
            return null;
        }
        if (payload.isTextual() && parsesAsJson(payload.textValue())) {
            return payload.textValue();
        }
        return compact(payload);
    }

    /** Compact, order-preserving JSON text. */
    public static String compact(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new PayloadException("Cannot serialise payload: " + e.getOriginalMessage(), e);
        }
    }

    /** JavaScript {@code JSON.stringify} of a string: the quoted form used in error messages. */
    public static String quote(String text) {
        return compact(TextNode.valueOf(text));
    }

    /**
     * The string escapes of JavaScript's {@code JSON.stringify}: the short escapes for backspace, tab, newline, form
     * feed and carriage return, the other control characters as a backslash, {@code u} and four lower-case hex digits
     * (Jackson writes upper-case hex), everything else (DEL, non-ASCII) unescaped.
     */
    static final class JsEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii;

        JsEscapes() {
            ascii = CharacterEscapes.standardAsciiEscapesForJSON();
            for (int c = 0; c < 0x20; c++) {
                if (ascii[c] == ESCAPE_STANDARD) {
                    ascii[c] = ESCAPE_CUSTOM;
                }
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii.clone();
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch < 0x20 ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }

    /** Parses JSON text strictly; null when it is not one JSON value. */
    public static JsonNode parseOrNull(String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            return node == null || node.isMissingNode() ? null : node;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    static boolean parsesAsJson(String text) {
        return parseOrNull(text) != null;
    }

    /** A non-empty array whose every element has a truthy {@code weight} and a truthy {@code payload}. */
    public static boolean isWeighted(JsonNode payload) {
        if (payload == null || !payload.isArray() || payload.isEmpty()) {
            return false;
        }
        for (JsonNode item : payload) {
            if (!Js.truthy(Js.field(item, "weight")) || !Js.truthy(Js.field(item, "payload"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks an inline payload before a run (stricter than the reference, which sends a list that is only partly
     * weighted whole, concatenates string weights and fails on a {@code null} item): a list in which some item has both
     * {@code payload} and {@code weight} is a weighted list, so every item must then be an object with a payload that
     * is not falsy and a positive numeric weight, and the weights must give every item at least one of {@code num}
     * invocations (the reference's messages).
     */
    public static void validate(JsonNode payload, int num) {
        if (payload == null || !payload.isArray() || !looksWeighted(payload)) {
            return;
        }
        double total = 0;
        for (int i = 0; i < payload.size(); i++) {
            JsonNode item = payload.get(i);
            String where = "Invalid weighted payload: item " + (i + 1);
            if (!item.isObject()) {
                throw new PayloadException(where + " is " + Js.json(item)
                        + "; every item must be {\"payload\": ..., \"weight\": n}");
            }
            JsonNode weight = Js.field(item, "weight");
            if (!weight.isNumber() || !(weight.doubleValue() > 0) || !Double.isFinite(weight.doubleValue())) {
                throw new PayloadException(where + (weight.isMissingNode() ? " has no weight"
                        : " has weight " + Js.json(weight)) + "; weights must be positive numbers (not strings)");
            }
            if (!Js.truthy(Js.field(item, "payload"))) {
                JsonNode value = Js.field(item, "payload");
                throw new PayloadException(where + (value.isMissingNode() ? " has no payload" : " has payload "
                        + Js.json(value)) + "; every item needs a payload that is not null, false, 0 or \"\"");
            }
            total += weight.doubleValue();
        }
        if (!Double.isFinite(total)) {
            throw new PayloadException("Invalid weighted payload: the weights add up to more than a number can hold");
        }
        weightedCounts(payload, num);
    }

    private static boolean looksWeighted(JsonNode list) {
        for (JsonNode item : list) {
            if (item.isObject() && item.has("weight") && item.has("payload")) {
                return true;
            }
        }
        return false;
    }

    /** {@code num} payload strings: copies of the converted payload, or the weighted blocks in input order. */
    public static List<String> generate(JsonNode payload, int num) {
        if (!isWeighted(payload)) {
            return Collections.nCopies(Math.max(0, num), convert(payload));
        }
        List<Integer> counts = weightedCounts(payload, num);
        List<String> out = new ArrayList<>(num);
        for (int i = 0; i < counts.size(); i++) {
            String converted = convert(payload.get(i).get("payload"));
            for (int j = 0; j < counts.get(i); j++) {
                out.add(converted);
            }
        }
        return out;
    }

    /** Block sizes of a weighted payload, with the reference's messages. */
    public static List<Integer> weightedCounts(JsonNode weighted, int num) {
        int length = weighted.size();
        if (num < length) {
            throw new PayloadException("You have " + length + " payloads and only \"num\"=" + num
                    + ". Please increase \"num\".");
        }
        double total = 0;
        for (JsonNode item : weighted) {
            total += Js.toNumber(item.get("weight"));
        }
        List<Integer> counts = new ArrayList<>(length);
        int done = 0;
        for (int i = 0; i < length; i++) {
            double weight = Js.toNumber(weighted.get(i).get("weight"));
            double howMany = Math.floor((weight * num) / total);
            if (howMany < 1 || Double.isNaN(howMany)) {
                throw new PayloadException("Invalid payload weight (num is too small)");
            }
            int count = i == length - 1 ? num - done : (int) howMany;
            counts.add(count);
            done += count;
        }
        return counts;
    }
}
