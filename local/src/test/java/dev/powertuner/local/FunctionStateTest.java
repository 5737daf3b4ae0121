package dev.powertuner.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.powertuner.local.function.FunctionDefinition;
import dev.powertuner.local.function.WorkloadProfile;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.GetFunctionConfigurationResponse;
import software.amazon.awssdk.services.lambda.model.LastUpdateStatus;
import software.amazon.awssdk.services.lambda.model.PreconditionFailedException;
import software.amazon.awssdk.services.lambda.model.PublishVersionResponse;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.State;
import software.amazon.awssdk.services.lambda.model.UpdateFunctionConfigurationResponse;
import software.amazon.awssdk.services.lambda.waiters.LambdaWaiter;

/** Lifecycle semantics: LastUpdateStatus, Pending versions, the SDK waiters, revisions. */
class FunctionStateTest {
    private LocalLambda lambda;
    private LambdaClient client;

    private void start(Duration updateDelay, Duration activationDelay) {
        start(updateDelay, activationDelay, ManualClock.ticking(Duration.ofMillis(50)));
    }

    private void start(Duration updateDelay, Duration activationDelay, ManualClock clock) {
        lambda = LocalLambda.builder().updateDelay(updateDelay).activationDelay(activationDelay).clock(clock)
                .function(FunctionDefinition.builder("demo").profile(WorkloadProfile.of(1, 0)).build())
                .start();
        client = TestClients.lambda(lambda.endpoint());
    }

    @AfterEach
    void stop() {
        client.close();
        lambda.close();
    }

    @Test
    void updateIsInProgressThenSuccessfulAndTheWaiterSeesIt() {
        start(Duration.ofSeconds(1), Duration.ZERO);

        UpdateFunctionConfigurationResponse u = client.updateFunctionConfiguration(r -> r.functionName("demo")
                .memorySize(512));
        GetFunctionConfigurationResponse during = client.getFunctionConfiguration(r -> r.functionName("demo"));
        WaiterResponse<GetFunctionConfigurationResponse> waited = TestClients.fastWaiter(client)
                .waitUntilFunctionUpdated(r -> r.functionName("demo"));

        assertThat(u.lastUpdateStatus()).isEqualTo(LastUpdateStatus.IN_PROGRESS);
        assertThat(during.lastUpdateStatus()).isEqualTo(LastUpdateStatus.IN_PROGRESS);
        assertThat(waited.attemptsExecuted()).isGreaterThan(1);
        assertThat(waited.matched().response().orElseThrow().lastUpdateStatus())
                .isEqualTo(LastUpdateStatus.SUCCESSFUL);
    }

    @Test
    void updateOrPublishWhileInProgressIsResourceConflictUntilTheDelayHasPassed() {
        ManualClock clock = new ManualClock();
        start(Duration.ofSeconds(30), Duration.ZERO, clock);
        client.updateFunctionConfiguration(r -> r.functionName("demo").memorySize(512));

        assertThatThrownBy(() -> client.updateFunctionConfiguration(r -> r.functionName("demo").memorySize(256)))
                .isInstanceOf(ResourceConflictException.class)
                .hasMessageContaining("An update is in progress for resource: "
                        + "arn:aws:lambda:us-east-1:000000000000:function:demo");
        assertThatThrownBy(() -> client.publishVersion(r -> r.functionName("demo")))
                .isInstanceOf(ResourceConflictException.class);
        clock.advance(Duration.ofSeconds(29));
        assertThatThrownBy(() -> client.publishVersion(r -> r.functionName("demo")))
                .isInstanceOf(ResourceConflictException.class);
        clock.advance(Duration.ofSeconds(1));
        assertThat(client.publishVersion(r -> r.functionName("demo")).memorySize()).isEqualTo(512);
    }

    @Test
    void newVersionIsPendingThenActiveAndTheWaiterSeesIt() {
        start(Duration.ZERO, Duration.ofSeconds(1));

        PublishVersionResponse v = client.publishVersion(r -> r.functionName("demo"));
        client.createAlias(r -> r.functionName("demo").name("live").functionVersion(v.version()));
        GetFunctionConfigurationResponse during = client.getFunctionConfiguration(r -> r.functionName("demo")
                .qualifier("live"));
        WaiterResponse<GetFunctionConfigurationResponse> waited = TestClients.fastWaiter(client)
                .waitUntilFunctionActive(r -> r.functionName("demo").qualifier("live"));

        assertThat(v.state()).isEqualTo(State.PENDING);
        assertThat(during.state()).isEqualTo(State.PENDING);
        assertThat(waited.attemptsExecuted()).isGreaterThan(1);
        assertThat(waited.matched().response().orElseThrow().state()).isEqualTo(State.ACTIVE);
    }

    @Test
    void invokingAPendingVersionIsResourceConflictUntilItIsActive() {
        ManualClock clock = new ManualClock();
        start(Duration.ZERO, Duration.ofSeconds(30), clock);
        client.publishVersion(r -> r.functionName("demo"));

        assertThatThrownBy(() -> client.invoke(r -> r.functionName("demo").qualifier("1")))
                .isInstanceOf(ResourceConflictException.class)
                .hasMessageContaining("Pending");
        clock.advance(Duration.ofSeconds(30));
        assertThat(client.invoke(r -> r.functionName("demo").qualifier("1")).statusCode()).isEqualTo(200);
    }

    @Test
    void getFunctionWaiterV2AlsoWorks() {
        start(Duration.ofMillis(100), Duration.ZERO);
        client.updateFunctionConfiguration(r -> r.functionName("demo").memorySize(512));

        assertThat(TestClients.fastWaiter(client).waitUntilFunctionUpdatedV2(r -> r.functionName("demo"))
                .matched().response().orElseThrow().configuration().memorySize()).isEqualTo(512);
    }

    @Test
    void publishedVersionActiveFunctionActiveV2AndFunctionExistsWaitersWork() {
        start(Duration.ZERO, Duration.ofMillis(200));
        String version = client.publishVersion(r -> r.functionName("demo")).version();
        LambdaWaiter waiter = TestClients.fastWaiter(client);

        State published = waiter.waitUntilPublishedVersionActive(r -> r.functionName("demo").qualifier(version))
                .matched().response().orElseThrow().state();
        State activeV2 = waiter.waitUntilFunctionActiveV2(r -> r.functionName("demo").qualifier(version))
                .matched().response().orElseThrow().configuration().state();
        String exists = waiter.waitUntilFunctionExists(r -> r.functionName("demo")).matched().response()
                .orElseThrow().configuration().functionName();

        assertThat(published).isEqualTo(State.ACTIVE);
        assertThat(activeV2).isEqualTo(State.ACTIVE);
        assertThat(exists).isEqualTo("demo");
    }

    @Test
    void functionExistsWaiterRetriesOnResourceNotFoundUntilItGivesUp() {
        start(Duration.ZERO, Duration.ZERO);
        LambdaWaiter twoAttempts = LambdaWaiter.builder().client(client)
                .overrideConfiguration(o -> o.maxAttempts(2).backoffStrategyV2(BackoffStrategy.retryImmediately()))
                .build();

        assertThatThrownBy(() -> twoAttempts.waitUntilFunctionExists(r -> r.functionName("missing")))
                .isInstanceOf(SdkClientException.class).isNotInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("exceeded the max retry attempts");
    }

    @Test
    void staleRevisionIdIsPreconditionFailed() {
        start(Duration.ZERO, Duration.ZERO);
        String revision = client.getFunctionConfiguration(r -> r.functionName("demo")).revisionId();
        client.updateFunctionConfiguration(r -> r.functionName("demo").revisionId(revision).description("a"));

        assertThatThrownBy(() -> client.updateFunctionConfiguration(r -> r.functionName("demo")
                .revisionId(revision).description("b")))
                .isInstanceOf(PreconditionFailedException.class);
    }

    @Test
    void injectedConflictsHitTheNextUpdatesOnly() {
        start(Duration.ZERO, Duration.ZERO);
        lambda.faults().conflictOnUpdate(2);

        assertThatThrownBy(() -> client.updateFunctionConfiguration(r -> r.functionName("demo").memorySize(256)))
                .isInstanceOf(ResourceConflictException.class);
        assertThatThrownBy(() -> client.updateFunctionConfiguration(r -> r.functionName("demo").memorySize(256)))
                .isInstanceOf(ResourceConflictException.class);
        assertThat(client.updateFunctionConfiguration(r -> r.functionName("demo").memorySize(256)).memorySize())
                .isEqualTo(256);
    }
}
