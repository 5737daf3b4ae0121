package dev.powertuner.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The base of the six handlers: reads the event as a {@link JsonNode} with the one pinned {@link ObjectMapper}, calls
 * the step, writes its JSON ({@code null} when the step has no result). The runtime's POJO serializer is not used.
 */
abstract class JsonStreamHandler implements RequestStreamHandler {

    /** The one mapper: unknown properties ignored, NON_NULL on output, default scalar coercion. */
    static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    @Override
    public final void handleRequest(InputStream in, OutputStream out, Context context) throws IOException {
        JsonNode event = MAPPER.readTree(in);
        JsonNode result = handle(event == null || event.isMissingNode() ? NullNode.getInstance() : event, context);
        MAPPER.writeValue(out, result == null ? NullNode.getInstance() : result);
    }

    /** The step: event in, result JSON out ({@code null} is written as JSON {@code null}). */
    abstract JsonNode handle(JsonNode event, Context context);

    static void log(Context context, String line) {
        if (context != null && context.getLogger() != null) {
            context.getLogger().log(line + "\n");
        }
    }
}
