package dev.powertuner.core.payload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.powertuner.core.error.PayloadException;
import dev.powertuner.core.port.PayloadSource;

/** Reads {@code payloadS3} through the {@link PayloadSource} port with the reference's messages. */
public final class S3Payloads {

    private S3Payloads() {
    }

    /** The object's body parsed as JSON when possible, else as a string node. */
    public static JsonNode fetch(PayloadSource source, JsonNode path) {
        S3Location location = S3Location.parse(path);
        String body;
        try {
            body = source.fetch(location.bucket(), location.key());
        } catch (PayloadSource.FetchException e) {
            throw new PayloadException(message(location, e), e);
        }
        JsonNode parsed = Payloads.parseOrNull(body);
        return parsed != null ? parsed : TextNode.valueOf(body);
    }

    private static String message(S3Location location, PayloadSource.FetchException e) {
        if (e.statusCode() == 403) {
            return "Permission denied when trying to read " + location
                    + ". You might need to re-deploy the app with the correct payloadS3Bucket parameter.";
        }
        if (e.statusCode() == 404) {
            return "The object " + location
                    + " does not exist. Make sure you are trying to access an existing object in the correct bucket.";
        }
        return "Unknown error when trying to read " + location + ". " + e.getMessage();
    }
}
