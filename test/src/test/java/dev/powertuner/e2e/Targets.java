package dev.powertuner.e2e;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;

/** Prepares tuning targets through the Lambda API of Local Lambda, as a user would. */
final class Targets {
    private Targets() {
    }

    /** Publishes a version of the function's current configuration and points a user alias at it. */
    static String publishUserVersion(LocalTuner tuner, String function, String alias) {
        try (LambdaClient lambda = LambdaClient.builder().endpointOverride(tuner.lambda().endpoint())
                .region(Region.of(LocalTuner.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            String version = lambda.publishVersion(r -> r.functionName(function).description("user release")).version();
            lambda.createAlias(r -> r.functionName(function).name(alias).functionVersion(version));
            return version;
        }
    }
}
