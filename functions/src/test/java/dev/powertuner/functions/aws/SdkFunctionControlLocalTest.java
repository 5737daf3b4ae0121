package dev.powertuner.functions.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.powertuner.core.port.FunctionConfiguration;
import dev.powertuner.core.port.InvocationResult;
import dev.powertuner.core.port.LambdaApiException;
import dev.powertuner.local.LocalLambda;
import dev.powertuner.local.function.FunctionDefinition;
import dev.powertuner.local.function.WorkloadProfile;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** The SDK adapter against Local Lambda: a real LambdaClient through an endpoint override. */
class SdkFunctionControlLocalTest {

    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDLOCAL", "local"));

    private LocalLambda local;
    private SdkFunctionControl control;
    private String arn;

    @BeforeEach
    void start() {
        local = LocalLambda.builder()
                .updateDelay(Duration.ofMillis(300))
                .activationDelay(Duration.ofMillis(300))
                .function(FunctionDefinition.builder("target").memorySize(1024).description("original")
                        .profile(WorkloadProfile.of(10, 1)).build())
                .start();
        control = SdkFunctionControl.create("us-east-1", region -> SdkClients.lambda(region, CREDENTIALS,
                local.endpoint(), SdkClients.retryStrategy(Duration.ofMillis(1), Duration.ofMillis(1),
                        Duration.ofMillis(5))));
        arn = local.functionArn("target");
    }

    @AfterEach
    void stop() {
        local.close();
    }

    @Test
    void configurationReadsLatestByNamePartialOrFullArn() {
        FunctionConfiguration byName = control.configuration("target", null);
        FunctionConfiguration byArn = control.configuration(arn, null);
        FunctionConfiguration byPartial = control.configuration("000000000000:function:target", null);

        assertThat(byName.memorySize()).isEqualTo(1024);
        assertThat(byName.description()).isEqualTo("original");
        assertThat(byName.architecture()).isEqualTo("x86_64");
        assertThat(byArn.functionArn()).startsWith(arn);
        assertThat(byPartial.memorySize()).isEqualTo(1024);
    }

    @Test
    void unknownFunctionIsResourceNotFoundException() {
        assertThatThrownBy(() -> control.configuration("missing", null))
                .isInstanceOfSatisfying(LambdaApiException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("ResourceNotFoundException");
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.isNotFound()).isTrue();
                });
    }

    @Test
    void aMissingAliasReadsAsEmptyAndDeletingAMissingVersionIsANotFoundError() {
        assertThat(control.aliasVersion(arn, "RAM128")).isEmpty();
        assertThatThrownBy(() -> control.deleteVersion(arn, "42"))
                .isInstanceOfSatisfying(LambdaApiException.class, e -> assertThat(e.isNotFound()).isTrue());
        // Lambda's DeleteAlias succeeds for an alias that does not exist
        assertThatCode(() -> control.deleteAlias(arn, "RAM128")).doesNotThrowAnyException();
    }

    @Test
    void creatingAnExistingAliasIsResourceConflictException() {
        String version = control.publishVersion(arn, "v1");
        control.createAlias(arn, "RAM1024", version);

        assertThatThrownBy(() -> control.createAlias(arn, "RAM1024", version))
                .isInstanceOfSatisfying(LambdaApiException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("ResourceConflictException"));
    }

    @Test
    void throttledCallsAreRetriedUntilTheySucceed() {
        local.faults().throttleControlPlane(3);
        local.faults().throttleInvokes(3);

        assertThat(control.configuration(arn, null).memorySize()).isEqualTo(1024);
        assertThat(control.invoke(arn, null, "{}").failed()).isFalse();
    }

    @Test
    void throttlingBeyondTheRetryBudgetIsTooManyRequestsException() {
        local.faults().throttleControlPlane(SdkClients.MAX_ATTEMPTS + 5);

        assertThatThrownBy(() -> control.configuration(arn, null))
                .isInstanceOfSatisfying(LambdaApiException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("TooManyRequestsException");
                    assertThat(e.statusCode()).isEqualTo(429);
                });
    }

    @Test
    void updateConflictsAreRetried() {
        local.faults().conflictOnUpdate(2);

        control.updateConfiguration(arn, 256, "changed");
        control.awaitUpdated(arn);

        assertThat(local.snapshot("target").memorySize()).isEqualTo(256);
    }

    @Test
    void awaitUpdatedReturnsOnceTheUpdateIsSuccessful() {
        control.updateConfiguration(arn, 512, "changed");
        assertThat(control.configuration(arn, null).lastUpdateStatus()).isEqualTo("InProgress");

        control.awaitUpdated(arn);

        assertThat(control.configuration(arn, null).lastUpdateStatus()).isEqualTo("Successful");
    }

    @Test
    void awaitActiveWaitsForAPendingVersion() {
        String version = control.publishVersion(arn, "v1");
        control.createAlias(arn, "RAM1024", version);

        control.awaitActive(arn, "RAM1024");

        assertThat(control.configuration(arn, "RAM1024").state()).isEqualTo("Active");
    }

    @Test
    void publishedVersionsAndAliasesRoundTrip() {
        String version = control.publishVersion(arn, "marked [powertuner r RAM1024]");
        control.createAlias(arn, "RAM1024", version);
        control.updateAlias(arn, "RAM1024", version);

        assertThat(control.aliasVersion(arn, "RAM1024")).contains(version);
        assertThat(control.listVersions(arn)).extracting(FunctionConfiguration::version).containsExactly(version);
        assertThat(control.listVersions(arn).get(0).description()).isEqualTo("marked [powertuner r RAM1024]");
        assertThatCode(() -> control.deleteAlias(arn, "RAM1024")).doesNotThrowAnyException();
        assertThatCode(() -> control.deleteVersion(arn, version)).doesNotThrowAnyException();
        assertThat(local.snapshot("target").versions()).isEmpty();
    }

    @Test
    void invokeReturnsTheTailOfTheLogAndTheFunctionError() {
        InvocationResult ok = control.invoke(arn, null, "{\"a\":1}");
        local.faults().failInvocations("target", 1, "HandledError", "boom");
        InvocationResult failed = control.invoke(arn, null, "null");

        String log = new String(Base64.getDecoder().decode(ok.logResult()), StandardCharsets.UTF_8);
        assertThat(log).contains("REPORT RequestId:").contains("Billed Duration:");
        assertThat(ok.failed()).isFalse();
        assertThat(failed.functionError()).isEqualTo("Unhandled");
        assertThat(failed.payload()).contains("HandledError").contains("boom");
    }
}
