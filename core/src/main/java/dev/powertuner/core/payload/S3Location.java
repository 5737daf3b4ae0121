package dev.powertuner.core.payload;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.error.PayloadException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** A {@code payloadS3} path {@code s3://bucket/key}; the key is percent-decoded. */
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
        String bucket = "";
        String key = "";
        try {
            URI uri = new URI(path);
            bucket = uri.getHost() != null ? uri.getHost() : authority(uri);
            String rawPath = uri.getRawPath() == null ? "" : uri.getRawPath();
            key = URLDecoder.decode(rawPath.startsWith("/") ? rawPath.substring(1) : rawPath, StandardCharsets.UTF_8);
        } catch (URISyntaxException | IllegalArgumentException e) {
            key = "";
        }
        if (bucket == null || bucket.isEmpty() || key.isEmpty()) {
            throw new PayloadException("Invalid S3 path: \"" + path + "\" (bucket: " + bucket + ", key: " + key + ")");
        }
        return new S3Location(bucket, key);
    }

    private static String authority(URI uri) {
        return uri.getRawAuthority() == null ? "" : uri.getRawAuthority();
    }

    private static PayloadException notAString() {
        return new PayloadException("Invalid S3 path, not a string in the format s3://BUCKET/KEY");
    }

    @Override
    public String toString() {
        return "s3://" + bucket + "/" + key;
    }
}
