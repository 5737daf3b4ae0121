package dev.powertuner.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.powertuner.local.function.FunctionDefinition;
import dev.powertuner.local.function.WorkloadProfile;
import dev.powertuner.local.state.FunctionSnapshot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

/**
 * Failing runs end FAILED with the original error and cause (docs/reference-differences.md, "A failed run ends FAILED"), and still leave the target as
 * it was ("Nothing is left behind" there). The Publisher has a 10 s function timeout here, so each call publishes one configuration and a run
 * loops Publisher / IsCountReached once per power value.
 */
class FailureEndToEndTest {
    private static final String TARGET = "target";
    private static final String PUBLISHER = "powertuner-publisher";
    private static LocalTuner tuner;
    private static String targetArn;
    private static FunctionSnapshot original;

    @BeforeAll
    static void start() {
        tuner = LocalTuner.builder().functionTimeout(PUBLISHER, 10).handlerFactory(PUBLISHER, FailingPublisher::new).start();
        targetArn = tuner.registerTarget(FunctionDefinition.builder(TARGET).memorySize(1024).timeout(30)
                .description("a healthy function").profile(WorkloadProfile.of(50, 10)).build());
        Targets.publishUserVersion(tuner, TARGET, "prod");
        original = tuner.snapshot(TARGET);
    }

    @AfterAll
    static void stop() {
        tuner.close();
    }

    @AfterEach
    void targetIsLeftExactlyAsItWas() {
        FailingPublisher.disarm();
        tuner.lambda().faults().clear();
        assertThat(tuner.snapshot(TARGET)).isEqualTo(original);
    }

    private static String register(String name, WorkloadProfile profile) {
        return tuner.registerTarget(FunctionDefinition.builder(name).memorySize(1024).timeout(30)
                .description("tuned by the failure suite").profile(profile).build());
    }

    private static WorkloadProfile failing(int memoryMb, double errorRate, String errorType) {
        return new WorkloadProfile(50, 1, 10, 0, memoryMb, 0, errorRate, errorType, 42L);
    }

    @Test
    void allPowerValuesFailingEndsFailedWithAllPowerValuesFailedException() {
        String arn = register("too-big", failing(20_000, 0, null));
        FunctionSnapshot before = tuner.snapshot("too-big");

        TunerRun run = tuner.run("{\"lambdaARN\": \"" + arn + "\", \"num\": 5, \"powerValues\": [128, 256, 512]}");

        assertThat(run.status()).as(run.describe()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("dev.powertuner.core.error.AllPowerValuesFailedException");
        assertThat(run.cause()).contains("128").contains("512").contains("Runtime.OutOfMemory");
        assertThat(run.statesEntered()).containsSequence("Cleaner", "Analyzer").doesNotContain("Optimizer");
        assertThat(tuner.snapshot("too-big")).isEqualTo(before);
    }

    @Test
    void aTargetThatAlwaysErrorsEndsFailedWithItsErrorTypeInTheCause() {
        String arn = register("always-errors", failing(0, 1.0, "java.lang.IllegalStateException"));
        FunctionSnapshot before = tuner.snapshot("always-errors");

        TunerRun run = tuner.run("{\"lambdaARN\": \"" + arn + "\", \"num\": 5, \"powerValues\": [128, 1024]}");

        assertThat(run.status()).as(run.describe()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("dev.powertuner.core.error.AllPowerValuesFailedException");
        assertThat(run.cause()).contains("java.lang.IllegalStateException");
        assertThat(tuner.snapshot("always-errors")).isEqualTo(before);
    }

    @Test
    void aFailingPreProcessorEndsFailedWithItsOriginalErrorAfterCleanUpOnError() {
        String pre = register("pre-processor", failing(0, 1.0, "java.lang.IllegalArgumentException"));

        TunerRun run = tuner.run("{\"lambdaARN\": \"" + targetArn + "\", \"num\": 5, \"powerValues\": [128, 256],"
                + " \"preProcessorARN\": \"" + pre + "\"}");

        assertThat(run.status()).as(run.describe()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("dev.powertuner.core.error.ProcessorFailedException");
        assertThat(run.causeDocument().path("errorType").asText()).isEqualTo(run.error());
        assertThat(run.causeDocument().path("errorMessage").asText()).startsWith("PreProcessor " + pre + " failed")
                .contains("java.lang.IllegalArgumentException");
        assertThat(run.statesEntered()).endsWith("CleanUpOnError", "Fail").doesNotContain("Cleaner", "Analyzer");
        assertThat(run.taskErrors()).filteredOn("dev.powertuner.core.error.ProcessorFailedException"::equals)
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(run.count("MapStateFailed")).isEqualTo(1);
        assertThat(run.history().get(run.history().size() - 1).type()).isEqualTo(HistoryEventType.EXECUTION_FAILED);
    }

    @Test
    void aPublisherFailingHalfwayEndsFailedAndCleanupRestoresTheTarget() {
        FailingPublisher.arm(3);

        TunerRun run = tuner.run("{\"lambdaARN\": \"" + targetArn + "\", \"num\": 5, \"powerValues\": [128, 256, 512]}");

        assertThat(run.status()).as(run.describe()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("java.lang.IllegalStateException");
        assertThat(run.causeDocument().path("errorMessage").asText()).isEqualTo(FailingPublisher.MESSAGE);
        assertThat(run.statesEntered()).containsExactly("Initializer", "Publisher", "IsCountReached", "Publisher",
                "IsCountReached", "Publisher", "CleanUpOnError", "Fail");
        assertThat(tuner.snapshot(TARGET)).isEqualTo(original);
    }

    @Test
    void aFailingCleanupDoesNotMaskTheOriginalError() {
        String arn = register("left-dirty", WorkloadProfile.of(50, 10));
        FailingPublisher.arm(2);
        tuner.lambda().faults().failInvocations("powertuner-cleaner", 1, "java.lang.IllegalStateException", "cleaner down");

        TunerRun run = tuner.run("{\"lambdaARN\": \"" + arn + "\", \"num\": 5, \"powerValues\": [128, 256]}");

        assertThat(run.status()).as(run.describe()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("java.lang.IllegalStateException");
        assertThat(run.cause()).contains(FailingPublisher.MESSAGE).doesNotContain("cleaner down");
        assertThat(run.statesEntered()).endsWith("CleanUpOnError", "Fail");
    }

    @Test
    void invalidInputEndsFailedInTheInitializerBeforeAnythingIsCreated() {
        TunerRun run = tuner.run("{\"lambdaARN\": \"" + targetArn + "\", \"num\": 3}");

        assertThat(run.status()).as(run.describe()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("dev.powertuner.core.error.InvalidInputException");
        assertThat(run.cause()).contains("Missing num or num below 5");
        assertThat(run.statesEntered()).containsExactly("Initializer");
    }

    @Test
    void aTransientExecutorFailureIsRetriedByTheStateMachineAfterOnePublishPerCall() {
        tuner.lambda().faults().failInvocations("powertuner-executor", 1, "java.lang.IllegalStateException", "transient");

        TunerRun run = tuner.run("{\"lambdaARN\": \"" + targetArn + "\", \"num\": 5, \"powerValues\": [128, 256]}");

        assertThat(run.status()).as(run.describe()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.taskErrors()).containsExactly("java.lang.IllegalStateException");
        assertThat(run.output().path("power").intValue()).isEqualTo(128);
        assertThat(run.statesEntered()).startsWith("Initializer", "Publisher", "IsCountReached", "Publisher", "IsCountReached",
                "Branching");
    }
}
