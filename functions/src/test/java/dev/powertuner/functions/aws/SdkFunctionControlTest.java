package dev.powertuner.functions.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.powertuner.core.port.LambdaApiException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.TooManyRequestsException;

class SdkFunctionControlTest {

    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "secret"));

    @Test
    void oneClientPerRegionCreatedLazilyAndCached() {
        AtomicInteger built = new AtomicInteger();
        List<String> regions = new ArrayList<>();
        SdkFunctionControl control = new SdkFunctionControl("us-east-1", r -> {
            built.incrementAndGet();
            regions.add(r);
            return SdkClients.lambda(r, CREDENTIALS, URI.create("http://127.0.0.1:1"));
        }, new SdkFunctionControl.Poller(ms -> { }, () -> 0L));

        control.client("eu-west-1");
        control.client("eu-west-1");
        control.client("us-east-1");

        assertThat(built).hasValue(2);
        assertThat(regions).containsExactly("us-east-1", "eu-west-1");
    }

    @Test
    void serviceErrorsKeepTheirLambdaErrorCodeAndStatus() {
        LambdaException sdk = (LambdaException) TooManyRequestsException.builder()
                .statusCode(429)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("TooManyRequestsException")
                        .errorMessage("Rate exceeded").build())
                .build();

        assertThatThrownBy(() -> SdkFunctionControl.call(() -> {
            throw sdk;
        }))
                .isInstanceOfSatisfying(LambdaApiException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("TooManyRequestsException");
                    assertThat(e.statusCode()).isEqualTo(429);
                    assertThat(e.apiMessage()).isEqualTo("Rate exceeded");
                    assertThat(e.getCause()).isSameAs(sdk);
                });
    }

    @Test
    void clientsMakeTwentyAttemptsAsTheReferenceAndWaitFifteenMinutesForAResponse() {
        assertThat(SdkClients.retryStrategy().maxAttempts()).isEqualTo(20);
        assertThat(SdkClients.SOCKET_TIMEOUT).isEqualTo(java.time.Duration.ofMillis(900_000));
    }

    @Test
    void updateConflictsAreRetriedButAliasAlreadyExistsIsNot() {
        assertThat(SdkClients.isConflict(ResourceConflictException.builder()
                .message("The operation cannot be performed at this time. An update is in progress").build()))
                .isTrue();
        assertThat(SdkClients.isConflict(ResourceConflictException.builder()
                .message("Alias already exists: arn:aws:lambda:us-east-1:000000000000:function:f:RAM128").build()))
                .isFalse();
        assertThat(SdkClients.isConflict(new IllegalStateException("conflict"))).isFalse();
    }

    @Test
    void pollerPollsAtOnceThenBacksOffFrom50MsDoublingTo2s() {
        FakeClock clock = new FakeClock();
        Iterator<String> statuses = List.of("InProgress", "InProgress", "InProgress", "InProgress", "InProgress",
                "InProgress", "InProgress", "Successful").iterator();
        List<Long> polledAt = new ArrayList<>();

        new SdkFunctionControl.Poller(clock::sleep, clock::nanos).await("f", Duration.ofMinutes(1), () -> {
            polledAt.add(clock.millis);
            return statuses.next();
        }, "Successful"::equals, "Failed"::equals);

        assertThat(clock.sleeps).containsExactly(50L, 100L, 200L, 400L, 800L, 1600L, 2000L);
        assertThat(polledAt.get(0)).isZero();
    }

    @Test
    void pollerStopsAtTheDeadline() {
        FakeClock clock = new FakeClock();

        assertThatThrownBy(() -> new SdkFunctionControl.Poller(clock::sleep, clock::nanos)
                .await("State of f:RAM128", Duration.ofSeconds(5), () -> "Pending", "Active"::equals, s -> false))
                .isInstanceOfSatisfying(LambdaApiException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("WaiterTimeoutException"))
                .hasMessageContaining("State of f:RAM128 is still Pending");
        assertThat(clock.millis).isEqualTo(5_000L);
    }

    @Test
    void pollerFailsAtOnceOnATerminalFailureStatus() {
        FakeClock clock = new FakeClock();

        assertThatThrownBy(() -> new SdkFunctionControl.Poller(clock::sleep, clock::nanos)
                .await("LastUpdateStatus of f", Duration.ofSeconds(5), () -> "Failed", "Successful"::equals,
                        "Failed"::equals))
                .hasMessageContaining("LastUpdateStatus of f is Failed");
        assertThat(clock.sleeps).isEmpty();
    }

    /** Time that passes only when the code under test sleeps. */
    private static final class FakeClock {
        private long millis;
        private final List<Long> sleeps = new ArrayList<>();

        void sleep(long ms) {
            sleeps.add(ms);
            millis += ms;
        }

        long nanos() {
            return millis * 1_000_000L;
        }
    }
}
