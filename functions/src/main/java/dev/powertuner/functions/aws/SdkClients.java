package dev.powertuner.functions.aws;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Builds the SDK clients the adapters use: url-connection HTTP client, explicit region and credentials (no discovery
 * chains at start-up), an optional endpoint override, and a retry policy for throttling, 5xx and update conflicts.
 */
public final class SdkClients {

    /** Attempts per call, the first included: the reference's {@code maxAttempts}. */
    static final int MAX_ATTEMPTS = 20;
    /** Lambda's own limit: an Invoke may run for 15 minutes. */
    static final Duration SOCKET_TIMEOUT = Duration.ofMinutes(15);
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private SdkClients() {
    }

    /**
     * Idle keep-alive connections per host kept by {@code HttpURLConnection} (the JDK default is 5). A parallel
     * executor runs up to {@code POWERTUNER_PARALLEL_LIMIT} (100) invocations at once; with only 5 kept, every other
     * call opens a new connection (a TLS handshake on AWS). The JDK reads the property once, when the first connection
     * is cached, so it is set here, before the first client exists, and only when nobody set it.
     */
    static final String KEEP_ALIVE_CONNECTIONS = "200";

    /** One shared HTTP client per JVM; url-connection keeps no threads of its own. */
    private static final class Http {
        static {
            if (System.getProperty("http.maxConnections") == null) {
                System.setProperty("http.maxConnections", KEEP_ALIVE_CONNECTIONS);
            }
        }

        static final SdkHttpClient CLIENT = UrlConnectionHttpClient.builder()
                .connectionTimeout(CONNECT_TIMEOUT)
                .socketTimeout(SOCKET_TIMEOUT)
                .build();
    }

    static SdkHttpClient http() {
        return Http.CLIENT;
    }

    /**
     * Standard retry mode, 20 attempts, no circuit breaker (one executor may see hundreds of throttles), exponential
     * backoff with jitter; {@code ResourceConflictException} (an update in progress) is retried as well, except
     * "already exists" conflicts, which no retry can fix.
     */
    static RetryStrategy retryStrategy() {
        return retryStrategy(Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofSeconds(10));
    }

    /** The same policy with other delays (tests use milliseconds). */
    public static RetryStrategy retryStrategy(Duration baseDelay, Duration throttlingBaseDelay, Duration maxDelay) {
        return AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(MAX_ATTEMPTS)
                .circuitBreakerEnabled(false)
                .retryOnException(SdkClients::isConflict)
                .backoffStrategy(BackoffStrategy.exponentialDelay(baseDelay, maxDelay))
                .throttlingBackoffStrategy(BackoffStrategy.exponentialDelay(throttlingBaseDelay, maxDelay))
                .build();
    }

    static boolean isConflict(Throwable t) {
        if (!(t instanceof ResourceConflictException)) {
            return false;
        }
        String message = t.getMessage();
        return message == null || !message.contains("already exists");
    }

    static ClientOverrideConfiguration overrides(RetryStrategy retry) {
        return ClientOverrideConfiguration.builder().retryStrategy(retry).build();
    }

    /** A Lambda client for one region. */
    public static LambdaClient lambda(String region, AwsCredentialsProvider credentials, URI endpoint) {
        return lambda(region, credentials, endpoint, retryStrategy());
    }

    /** A Lambda client for one region with another retry strategy. */
    public static LambdaClient lambda(String region, AwsCredentialsProvider credentials, URI endpoint,
            RetryStrategy retry) {
        var builder = LambdaClient.builder()
                .region(Region.of(region))
                .credentialsProvider(credentials)
                .httpClient(http())
                .overrideConfiguration(overrides(retry));
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        return builder.build();
    }

    /**
     * An STS client for AssumeRole: the regional endpoint of the tuner's region (or {@code endpoint}), signed with the
     * tuner's own credentials, the SDK's standard retries (throttling and 5xx; AccessDenied is final).
     */
    public static StsClient sts(String region, AwsCredentialsProvider credentials, URI endpoint) {
        var builder = StsClient.builder()
                .region(Region.of(region))
                .credentialsProvider(credentials)
                .httpClient(http());
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        return builder.build();
    }

    /** An S3 client; with an endpoint override it uses path-style addressing. */
    public static S3Client s3(String region, AwsCredentialsProvider credentials, URI endpoint) {
        var builder = S3Client.builder()
                .region(Region.of(region))
                .credentialsProvider(credentials)
                .httpClient(http())
                .overrideConfiguration(overrides(retryStrategy()));
        if (endpoint != null) {
            builder.endpointOverride(endpoint).forcePathStyle(true);
        }
        return builder.build();
    }
}
