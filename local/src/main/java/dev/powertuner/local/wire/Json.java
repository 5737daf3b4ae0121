package dev.powertuner.local.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The one ObjectMapper of the module. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a request body; an empty body is an empty object; malformed JSON is InvalidRequestContentException. */
    public static JsonNode parseBody(byte[] body) {
        if (body.length == 0) {
             return object();
        }
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new LambdaApiException(400, "InvalidRequestContentException",
                    "Could not parse request body into json: " + e.getMessage());
        }
    }
}
