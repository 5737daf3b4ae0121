package dev.powertuner.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * JSON fixtures under {@code src/test/resources/events/<step>/<case>.json}: {@code {"event", "expected"}}, read and
 * written through the handlers' own mapper; outputs are compared structurally, numbers as numbers.
 */
final class Fixtures {

    static final HandlerConfig CONFIG = HandlerConfig.from(Map.of("AWS_REGION", "us-east-1",
            "defaultPowerValues", "128,256,512"));

    private Fixtures() {
    }

    static JsonNode load(String step, String name) {
        String path = "/events/" + step + "/" + name + ".json";
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return JsonStreamHandler.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the handler on the raw bytes of {@code event}, as the runtime does, and parses what it wrote. */
    static JsonNode invoke(RequestStreamHandler handler, JsonNode event, TestContext context) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(JsonStreamHandler.MAPPER.writeValueAsBytes(event)), out,
                    context);
            return JsonStreamHandler.MAPPER.readTree(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Structural equality: same fields and order-insensitive objects, numbers compared by value. */
    static void assertJsonEquals(JsonNode actual, JsonNode expected) {
        Comparator<JsonNode> numbers = (a, b) -> {
            if (a.isNumber() && b.isNumber()) {
                double x = a.doubleValue();
                double y = b.doubleValue();
                return x == y || Math.abs(x - y) <= 1e-12 * Math.max(Math.abs(x), Math.abs(y)) ? 0 : 1;
            }
            return a.equals(b) ? 0 : 1;
        };
        assertThat(actual.equals(numbers, expected))
                .as("expected %s%nbut was  %s", expected, actual)
                .isTrue();
    }

    /** The field names of an object, in order. */
    static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
