package dev.powertuner.examples.orders;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/** Turns an API Gateway body (plain or Base64) into a {@link QuoteRequest}; bad input becomes a clear 400 message. */
final class OrderBodyReader {
    /** Jackson's "[Source: REDACTED (…); line: 1, column: 31]" inside messages; the position is what helps. */
    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^;]*; ");

    private final ObjectMapper mapper;

    OrderBodyReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    QuoteRequest read(String body, Boolean base64Encoded) {
        if (body == null || body.isBlank()) {
            throw new InvalidOrderException("The request body is required: a JSON order with orderId, currency, "
                    + "customer and lines");
        }
        String json = Boolean.TRUE.equals(base64Encoded) ? decode(body) : body;
        try {
            return mapper.readValue(json, QuoteRequest.class);
        } catch (JsonProcessingException e) {
            throw new InvalidOrderException(describe(e));
        }
    }

    private static String decode(String body) {
        try {
            return new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidOrderException("The body is marked isBase64Encoded but is not valid Base64");
        }
    }

    /** "Malformed JSON body at lines[3].quantity: <Jackson's message> (line 1, column 80)". */
    static String describe(JsonProcessingException e) {
        StringBuilder text = new StringBuilder("Malformed JSON body");
        if (e instanceof JsonMappingException && !((JsonMappingException) e).getPath().isEmpty()) {
            text.append(" at ").append(fieldPath((JsonMappingException) e));
        }
        text.append(": ").append(SOURCE.matcher(e.getOriginalMessage()).replaceAll("["));
        JsonLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            text.append(" (line ").append(location.getLineNr()).append(", column ").append(location.getColumnNr())
                    .append(')');
        }
        return text.toString();
    }

    private static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
