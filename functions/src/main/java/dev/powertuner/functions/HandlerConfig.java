package dev.powertuner.functions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.powertuner.core.model.TuningInput;
import dev.powertuner.core.viz.VisualizationUrl;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * A handler's environment, read once in its public constructor. Missing or invalid variables fail with the
 * variable's name in the message.
 *
 * @param region             {@code AWS_REGION} (required): the tuner's region
 * @param defaultPowerValues {@code defaultPowerValues}, comma-joined; default 128,256,512,1024,1536,3008
 * @param visualizationUrl   {@code visualizationURL}; default https://lambda-power-tuning.show/
 * @param priceOverrides     {@code priceOverrides}: a JSON object merged over the bundled prices; null when absent
 * @param parallelLimit      {@code POWERTUNER_PARALLEL_LIMIT}: concurrent invocations of one executor; default 100
 * @param lambdaEndpoint     {@code AWS_ENDPOINT_URL_LAMBDA}, else {@code AWS_ENDPOINT_URL}; null for the AWS endpoint
 * @param s3Endpoint         {@code AWS_ENDPOINT_URL_S3}, else {@code AWS_ENDPOINT_URL}; null for the AWS endpoint
 * @param stsEndpoint        {@code AWS_ENDPOINT_URL_STS}, else {@code AWS_ENDPOINT_URL}; null for the regional AWS
 *                           endpoint. AssumeRole of cross-account runs ({@code roleARN}) goes there
 * @param credentials        the SDK credentials provider
 */
public record HandlerConfig(
        String region,
        List<Integer> defaultPowerValues,
        String visualizationUrl,
        JsonNode priceOverrides,
        int parallelLimit,
        URI lambdaEndpoint,
        URI s3Endpoint,
        URI stsEndpoint,
        AwsCredentialsProvider credentials) {

    static final List<Integer> DEFAULT_POWER_VALUES = TuningInput.DEFAULT_POWER_VALUES;
    static final String DEFAULT_VISUALIZATION_URL = VisualizationUrl.DEFAULT_BASE;
    static final int DEFAULT_PARALLEL_LIMIT = 100;

    private static final ObjectMapper JSON = new ObjectMapper();

    public HandlerConfig {
        if (region == null || region.isBlank()) {
            throw new IllegalArgumentException("AWS_REGION is required");
        }
        defaultPowerValues = List.copyOf(defaultPowerValues);
        if (parallelLimit < 1) {
            throw new IllegalArgumentException("POWERTUNER_PARALLEL_LIMIT must be at least 1: " + parallelLimit);
        }
    }

    /**
     * Reads a function's environment (Local Lambda passes it as a map). Credentials come from the map's
     * {@code AWS_ACCESS_KEY_ID} / {@code AWS_SECRET_ACCESS_KEY} / {@code AWS_SESSION_TOKEN} when present, else from
     * the live process environment (see {@link #liveCredentials()}).
     */
    public static HandlerConfig from(Map<String, String> env) {
        return new HandlerConfig(
                required(env, "AWS_REGION"),
                powerValues(env.get("defaultPowerValues")),
                orDefault(env.get("visualizationURL"), DEFAULT_VISUALIZATION_URL),
                priceOverrides(env.get("priceOverrides")),
                parallelLimit(env.get("POWERTUNER_PARALLEL_LIMIT")),
                endpoint(env, "AWS_ENDPOINT_URL_LAMBDA"),
                endpoint(env, "AWS_ENDPOINT_URL_S3"),
                endpoint(env, "AWS_ENDPOINT_URL_STS"),
                credentials(env));
    }

    /**
     * The Lambda runtime's environment. Credentials are resolved on every use from the live environment: the access
     * key variables, or, when they are absent, the container credentials endpoint that the Java runtime provides
     * instead under SnapStart ({@code AWS_CONTAINER_CREDENTIALS_FULL_URI}); no discovery chain at start-up.
     */
    public static HandlerConfig fromProcessEnvironment() {
        return from(System.getenv()).withCredentials(liveCredentials());
    }

    /** Environment variables first, then container credentials (SnapStart); the chain re-checks in that order. */
    static AwsCredentialsProvider liveCredentials() {
        return AwsCredentialsProviderChain.builder()
                .reuseLastProviderEnabled(false)
                .credentialsProviders(EnvironmentVariableCredentialsProvider.create(),
                        ContainerCredentialsProvider.create())
                .build();
    }

    public HandlerConfig withCredentials(AwsCredentialsProvider provider) {
        return new HandlerConfig(region, defaultPowerValues, visualizationUrl, priceOverrides, parallelLimit,
                lambdaEndpoint, s3Endpoint, stsEndpoint, provider);
    }

    private static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Environment variable " + name + " is required");
        }
        return value.trim();
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    static List<Integer> powerValues(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_POWER_VALUES;
        }
        List<Integer> values = new ArrayList<>();
        for (String part : raw.split(",")) {
            String trimmed = part.trim();
            try {
                values.add(Integer.parseInt(trimmed));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "Environment variable defaultPowerValues must be comma-joined integers, found \""
                                + trimmed + "\" in \"" + raw + "\"", e);
            }
        }
        return values;
    }

    private static JsonNode priceOverrides(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(raw);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("Environment variable priceOverrides must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "Environment variable priceOverrides is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static int parallelLimit(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_PARALLEL_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit < 1) {
                throw new IllegalArgumentException(
                        "Environment variable POWERTUNER_PARALLEL_LIMIT must be a positive integer: " + raw);
            }
            return limit;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "Environment variable POWERTUNER_PARALLEL_LIMIT must be a positive integer: " + raw, e);
        }
    }

    private static URI endpoint(Map<String, String> env, String serviceVariable) {
        String name = serviceVariable;
        String raw = env.get(name);
        if (raw == null || raw.isBlank()) {
            name = "AWS_ENDPOINT_URL";
            raw = env.get(name);
        }
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(raw.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException(
                        "Environment variable " + name + " must be an absolute http(s) URL: " + raw);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Environment variable " + name + " is not a URL: " + raw, e);
        }
    }

    private static AwsCredentialsProvider credentials(Map<String, String> env) {
        String keyId = env.get("AWS_ACCESS_KEY_ID");
        String secret = env.get("AWS_SECRET_ACCESS_KEY");
        if (keyId == null || keyId.isBlank() || secret == null || secret.isBlank()) {
            return liveCredentials();
        }
        String token = env.get("AWS_SESSION_TOKEN");
        if (token == null || token.isBlank()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(keyId, secret));
        }
        return StaticCredentialsProvider.create(AwsSessionCredentials.create(keyId, secret, token));
    }
}
