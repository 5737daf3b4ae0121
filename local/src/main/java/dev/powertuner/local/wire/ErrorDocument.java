package dev.powertuner.local.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Function error payloads as the Java runtime writes them: {errorMessage, errorType, stackTrace}. */
public final class ErrorDocument {
    private ErrorDocument() {
    }

    public static byte[] of(String errorType, String message) {
        ObjectNode doc = Json.object().put("errorMessage", message).put("errorType", errorType);
        doc.putArray("stackTrace");
        return Json.bytes(doc);
    }

    public static byte[] of(Throwable error) {
        ObjectNode doc = Json.object().put("errorMessage", String.valueOf(error.getMessage()))
                .put("errorType", error.getClass().getName());
        ArrayNode trace = doc.putArray("stackTrace");
        for (StackTraceElement e : error.getStackTrace()) {
            trace.add(e.toString());
        }
        if (error.getCause() != null && error.getCause() != error) {
            doc.set("cause", Json.MAPPER.valueToTree(Json.object()
                    .put("errorMessage", String.valueOf(error.getCause().getMessage()))
                    .put("errorType", error.getCause().getClass().getName())));
        }
        return Json.bytes(doc);
    }
}
