package dev.powertuner.local.sts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.powertuner.local.LocalLambda;
import dev.powertuner.local.function.FunctionDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.Credentials;
import software.amazon.awssdk.services.sts.model.StsException;

/** AssumeRole through the SDK's own StsClient against Local Lambda's endpoint. */
class StsTest {
    private static final String TUNER = "111111111111";
    private static final String TARGET = "222222222222";
    private static final String ROLE = "arn:aws:iam::" + TARGET + ":role/powertuner-target";
    private static final String STRICT = "arn:aws:iam::" + TARGET + ":role/strict";

    private LocalLambda lambda;
    private StsClient sts;

    @BeforeEach
    void setUp() {
        lambda = LocalLambda.builder().accountId(TUNER).updateDelay(Duration.ZERO).activationDelay(Duration.ZERO)
                .role(ROLE, List.of(TUNER), "ext-1").role(STRICT, List.of("333333333333"), null)
                .function(FunctionDefinition.builder("orders").accountId(TARGET).build()).start();
        sts = StsClient.builder().endpointOverride(lambda.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(keys(AwsBasicCredentials.create("tuner", "tuner")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    @AfterEach
    void tearDown() {
        sts.close();
        lambda.close();
    }

    @Test
    void aTrustedCallerGetsTemporaryKeysOfTheRolesAccount() {
        AssumeRoleResponse response = sts.assumeRole(r -> r.roleArn(ROLE).roleSessionName("run-1").externalId("ext-1"));

        Credentials c = response.credentials();
        assertThat(c.accessKeyId()).startsWith("ASIA");
        assertThat(c.secretAccessKey()).isNotBlank();
        assertThat(c.sessionToken()).isNotBlank();
        assertThat(c.expiration()).isAfter(Instant.now().plus(Duration.ofMinutes(50)));
        assertThat(response.assumedRoleUser().arn())
                .isEqualTo("arn:aws:sts::" + TARGET + ":assumed-role/powertuner-target/run-1");
        assertThat(response.assumedRoleUser().assumedRoleId()).startsWith("AROA").endsWith(":run-1");
        try (LambdaClient asTarget = lambda(AwsSessionCredentials.create(c.accessKeyId(), c.secretAccessKey(),
                c.sessionToken()))) {
            assertThat(asTarget.getFunction(r -> r.functionName("orders")).configuration().functionArn())
                    .isEqualTo("arn:aws:lambda:us-east-1:" + TARGET + ":function:orders");
        }
    }

    @Test
    void aWrongOrMissingExternalIdIsAccessDeniedNamingTheRole() {
        for (String externalId : new String[] {"other", null}) {
            assertThatThrownBy(() -> sts.assumeRole(r -> r.roleArn(ROLE).roleSessionName("run-1")
                    .externalId(externalId))).isInstanceOfSatisfying(StsException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("User: arn:aws:iam::" + TUNER
                                + ":root is not authorized to perform: sts:AssumeRole on resource: " + ROLE);
                    });
        }
    }

    @Test
    void anUntrustedCallerOrAnUnknownRoleIsAccessDenied() {
        for (String role : List.of(STRICT, "arn:aws:iam::" + TARGET + ":role/missing")) {
            assertThatThrownBy(() -> sts.assumeRole(r -> r.roleArn(role).roleSessionName("run-1")))
                    .isInstanceOfSatisfying(StsException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                        assertThat(e.awsErrorDetails().errorMessage()).endsWith("on resource: " + role);
                    });
        }
    }

    @Test
    void anInvalidSessionNameIsAValidationError() {
        assertThatThrownBy(() -> sts.assumeRole(r -> r.roleArn(ROLE).roleSessionName("bad name").externalId("ext-1")))
                .isInstanceOfSatisfying(StsException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
                });
    }

    @Test
    void rolesOfAFunctionsFileAreDeclaredByLoad(@TempDir Path dir) throws IOException {
        String loaded = "arn:aws:iam::" + TARGET + ":role/from-file";
        lambda.load(Files.writeString(dir.resolve("functions.json"), "{\"functions\": [], \"roles\": [{\"roleArn\": \""
                + loaded + "\", \"trusted\": [\"arn:aws:iam::" + TUNER + ":root\"]}]}"));

        assertThat(sts.assumeRole(r -> r.roleArn(loaded).roleSessionName("run-2")).assumedRoleUser().arn())
                .isEqualTo("arn:aws:sts::" + TARGET + ":assumed-role/from-file/run-2");
    }

    private LambdaClient lambda(AwsSessionCredentials credentials) {
        return LambdaClient.builder().endpointOverride(lambda.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(keys(credentials)).httpClient(UrlConnectionHttpClient.create()).build();
    }

    private static AwsCredentialsProvider keys(software.amazon.awssdk.auth.credentials.AwsCredentials credentials) {
        return StaticCredentialsProvider.create(credentials);
    }
}
