package dev.powertuner.core.payload;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.error.PayloadException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** A {@code payloadS3} path {@code s3://bucket/key}; the key is percent-decoded (a {@code +} stays a plus). */
public record S3Location(String bucket, String key) {

    /** Parses with the reference's messages. */
    public static S3Location parse(JsonNode path) {
        if (path == null || !path.isTextual()) {
            throw notAString();
        }
        return parse(path.textValue());
    }

    /** Parses with the reference's messages. */
    public static S3Location parse(String path) {
        if (path == null || !path.contains("s3://")) {
            throw notAString();
        }
        String rest = path.substring(path.indexOf("://") + 3);
        int end = firstOf(rest, '?', '#');
        rest = rest.substring(0, end);
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        String key = slash < 0 ? "" : decode(rest.substring(slash + 1));
        if (bucket.isEmpty() || key.isEmpty()) {
            throw new PayloadException("Invalid S3 path: \"" + path + "\" (bucket: " + bucket + ", key: " + key + ")");
        }
        return new S3Location(bucket, key);
    }

    private static int firstOf(String text, char a, char b) {
        int end = text.length();
        for (char c : new char[] {a, b}) {
            int at = text.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return end;
    }

    private static String decode(String encoded) {
        try {
            return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return encoded;
        }
    }

    private static PayloadException notAString() {
        return new PayloadException("Invalid S3 path, not a string in the format s3://BUCKET/KEY");
    }

    @Override
    public String toString() {
        return "s3://" + bucket + "/" + key;
    }
}
