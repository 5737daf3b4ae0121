package dev.powertuner.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class JsonStreamHandlerTest {

    private static String run(JsonStreamHandler handler, String event) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out,
                new TestContext("req-1"));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void nullResultIsWrittenAsJsonNull() throws IOException {
        JsonStreamHandler handler = new JsonStreamHandler() {
            @Override
            JsonNode handle(JsonNode event, Context context) {
                return null;
            }
        };

        assertThat(run(handler, "{\"dryRun\":true}")).isEqualTo("null");
    }

    @Test
    void eventIsReadAsATreeKeepingNumbersAndFieldOrder() throws IOException {
        AtomicReference<JsonNode> seen = new AtomicReference<>();
        JsonStreamHandler handler = new JsonStreamHandler() {
            @Override
            JsonNode handle(JsonNode event, Context context) {
                seen.set(event);
                return event;
            }
        };

        String out = run(handler, "{\"b\":1,\"a\":\"5.9\",\"num\":1.5e-9,\"unknown\":{\"x\":[true]}}");

        assertThat(Fixtures.fieldNames(seen.get())).containsExactly("b", "a", "num", "unknown");
        assertThat(seen.get().get("a").isTextual()).isTrue();
        assertThat(out).isEqualTo("{\"b\":1,\"a\":\"5.9\",\"num\":1.5E-9,\"unknown\":{\"x\":[true]}}");
    }

    @Test
    void emptyEventIsJsonNull() throws IOException {
        AtomicReference<JsonNode> seen = new AtomicReference<>();
        JsonStreamHandler handler = new JsonStreamHandler() {
            @Override
            JsonNode handle(JsonNode event, Context context) {
                seen.set(event);
                return null;
            }
        };

        run(handler, "");

        assertThat(seen.get().isNull()).isTrue();
    }
}
