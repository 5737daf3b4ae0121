package dev.powertuner.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

class HandlerConfigTest {

    private static Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        env.put("AWS_REGION", "eu-west-1");
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    @Test
    void missingRegionFailsNamingTheVariable() {
        assertThatThrownBy(() -> HandlerConfig.from(Map.of("defaultPowerValues", "128")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AWS_REGION");
    }

    @Test
    void absentOptionalVariablesTakeTheReferenceDefaults() {
        HandlerConfig config = HandlerConfig.from(env());

        assertThat(config.region()).isEqualTo("eu-west-1");
        assertThat(config.defaultPowerValues()).containsExactly(128, 256, 512, 1024, 1536, 3008);
        assertThat(config.visualizationUrl()).isEqualTo("https://lambda-power-tuning.show/");
        assertThat(config.priceOverrides()).isNull();
        assertThat(config.parallelLimit()).isEqualTo(100);
        assertThat(config.lambdaEndpoint()).isNull();
        assertThat(config.s3Endpoint()).isNull();
    }

    @Test
    void defaultPowerValuesAreCommaJoinedIntegersWithSpacesAllowed() {
        assertThat(HandlerConfig.from(env("defaultPowerValues", "128, 512,3008")).defaultPowerValues())
                .containsExactly(128, 512, 3008);
    }

    @Test
    void nonNumericDefaultPowerValueFailsNamingTheVariable() {
        assertThatThrownBy(() -> HandlerConfig.from(env("defaultPowerValues", "128,big")))
                .hasMessageContaining("defaultPowerValues")
                .hasMessageContaining("big");
    }

    @Test
    void visualizationUrlIsTakenAsGiven() {
        assertThat(HandlerConfig.from(env("visualizationURL", "https://viz.example/")).visualizationUrl())
                .isEqualTo("https://viz.example/");
    }

    @Test
    void priceOverridesAreParsedAsJson() {
        HandlerConfig config = HandlerConfig.from(env("priceOverrides", "{\"lambda\":{\"default\":{}}}"));

        assertThat(config.priceOverrides().has("lambda")).isTrue();
    }

    @Test
    void invalidPriceOverridesFailNamingTheVariable() {
        assertThatThrownBy(() -> HandlerConfig.from(env("priceOverrides", "{not json")))
                .hasMessageContaining("priceOverrides");
        assertThatThrownBy(() -> HandlerConfig.from(env("priceOverrides", "[1,2]")))
                .hasMessageContaining("priceOverrides");
    }

    @Test
    void parallelLimitMustBeAPositiveInteger() {
        assertThat(HandlerConfig.from(env("POWERTUNER_PARALLEL_LIMIT", "7")).parallelLimit()).isEqualTo(7);
        assertThatThrownBy(() -> HandlerConfig.from(env("POWERTUNER_PARALLEL_LIMIT", "0")))
                .hasMessageContaining("POWERTUNER_PARALLEL_LIMIT");
        assertThatThrownBy(() -> HandlerConfig.from(env("POWERTUNER_PARALLEL_LIMIT", "many")))
                .hasMessageContaining("POWERTUNER_PARALLEL_LIMIT");
    }

    @Test
    void serviceSpecificEndpointWinsOverTheGenericOne() {
        HandlerConfig config = HandlerConfig.from(env(
                "AWS_ENDPOINT_URL", "http://127.0.0.1:9000",
                "AWS_ENDPOINT_URL_LAMBDA", "http://127.0.0.1:9001"));

        assertThat(config.lambdaEndpoint()).isEqualTo(URI.create("http://127.0.0.1:9001"));
        assertThat(config.s3Endpoint()).isEqualTo(URI.create("http://127.0.0.1:9000"));
    }

    @Test
    void stsEndpointIsReadFromItsOwnVariableElseTheGenericOne() {
        assertThat(HandlerConfig.from(env("AWS_ENDPOINT_URL_STS", "http://127.0.0.1:9002")).stsEndpoint())
                .isEqualTo(URI.create("http://127.0.0.1:9002"));
        assertThat(HandlerConfig.from(env("AWS_ENDPOINT_URL", "http://127.0.0.1:9000")).stsEndpoint())
                .isEqualTo(URI.create("http://127.0.0.1:9000"));
        assertThat(HandlerConfig.from(env()).stsEndpoint()).isNull();
        assertThatThrownBy(() -> HandlerConfig.from(env("AWS_ENDPOINT_URL_STS", "sts.local")))
                .hasMessageContaining("AWS_ENDPOINT_URL_STS");
    }

    @Test
    void s3EndpointIsReadFromItsOwnVariable() {
        assertThat(HandlerConfig.from(env("AWS_ENDPOINT_URL_S3", "http://localhost:4566")).s3Endpoint())
                .isEqualTo(URI.create("http://localhost:4566"));
    }

    @Test
    void relativeEndpointFailsNamingTheVariable() {
        assertThatThrownBy(() -> HandlerConfig.from(env("AWS_ENDPOINT_URL_LAMBDA", "localhost")))
                .hasMessageContaining("AWS_ENDPOINT_URL_LAMBDA");
    }

    @Test
    void credentialsComeFromTheMapIncludingTheSessionToken() {
        HandlerConfig config = HandlerConfig.from(env(
                "AWS_ACCESS_KEY_ID", "AKIDLOCAL", "AWS_SECRET_ACCESS_KEY", "secret", "AWS_SESSION_TOKEN", "tok"));

        AwsCredentials credentials = config.credentials().resolveCredentials();
        assertThat(credentials.accessKeyId()).isEqualTo("AKIDLOCAL");
        assertThat(credentials.secretAccessKey()).isEqualTo("secret");
        assertThat(credentials).isInstanceOf(AwsSessionCredentials.class);
        assertThat(((AwsSessionCredentials) credentials).sessionToken()).isEqualTo("tok");
    }

    @Test
    void withoutKeysInTheMapCredentialsAreReadFromTheLiveEnvironmentOrTheContainerEndpoint() {
        AwsCredentialsProvider provider = HandlerConfig.from(env()).credentials();

        assertThat(provider).isInstanceOf(AwsCredentialsProviderChain.class);
        assertThat(provider.toString()).contains("EnvironmentVariableCredentialsProvider")
                .contains("ContainerCredentialsProvider");
    }

    @Test
    void defaultPowerValuesAreCopied() {
        List<Integer> values = new java.util.ArrayList<>(List.of(128));
        HandlerConfig config = new HandlerConfig("us-east-1", values, "u", null, 1, null, null, null, null);
        values.add(256);

        assertThat(config.defaultPowerValues()).containsExactly(128);
    }
}
