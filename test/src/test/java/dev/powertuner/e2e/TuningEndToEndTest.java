package dev.powertuner.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.powertuner.local.function.FunctionDefinition;
import dev.powertuner.local.function.WorkloadProfile;
import dev.powertuner.local.state.FunctionSnapshot;
import dev.powertuner.local.state.InvocationStats;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/**
 * Successful runs of the real state machine. The workload needs 100 ms of I/O plus 100 ms of single-threaded CPU at
 * one vCPU (1,769 MB), so its duration falls from 1,482 ms at 128 MB to 200 ms at 3,008 MB: the cheapest power is 128,
 * the fastest 3,008 and the balanced choice (weight 0.5) 1,024.
 */
class TuningEndToEndTest {
    private static final String TARGET = "workload";
    private static final WorkloadProfile PROFILE = new WorkloadProfile(100, 1, 100, 50, 0, 0, 0, null, 42L);
    private static LocalTuner tuner;
    private static String targetArn;
    private static FunctionSnapshot original;

    @BeforeAll
    static void start() {
        tuner = LocalTuner.builder().maxMemorySize(3008).start();
        targetArn = tuner.registerTarget(target(TARGET));
        Targets.publishUserVersion(tuner, TARGET, "live");
        original = tuner.snapshot(TARGET);
    }

    @AfterAll
    static void stop() {
        tuner.close();
    }

    @AfterEach
    void targetIsLeftExactlyAsItWas() {
        assertThat(tuner.snapshot(TARGET)).isEqualTo(original);
    }

    private static FunctionDefinition target(String name) {
        return FunctionDefinition.builder(name).memorySize(1024).timeout(30).description("the workload to tune")
                .profile(PROFILE).build();
    }

    @ParameterizedTest(name = "{0} picks {1} MB")
    @CsvSource({"cost, 128", "speed, 3008", "balanced, 1024"})
    void defaultPowerValuesGiveTheExpectedOptimumForEachStrategy(String strategy, int power) {
        TunerRun run = tuner.run("{\"lambdaARN\": \"" + targetArn + "\", \"num\": 10, \"strategy\": \"" + strategy + "\"}");

        assertThat(run.status()).as(run.describe()).isEqualTo(ExecutionStatus.SUCCEEDED);
        JsonNode analysis = run.output();
        assertThat(analysis.path("power").intValue()).isEqualTo(power);
        assertThat(analysis.path("stateMachine").path("visualization").asText()).startsWith("https://lambda-power-tuning.show/#");
        assertThat(analysis.has("failedPowerValues")).isFalse();
        assertThat(run.statesEntered()).filteredOn("Executor"::equals).hasSize(6);
    }

    @Test
    void aDefaultRunEntersOneStatePerStepAndOneExecutorPerPowerValue() {
        TunerRun run = tuner.run("{\"lambdaARN\": \"" + targetArn + "\", \"num\": 10}");

        assertThat(run.status()).as(run.describe()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.statesEntered()).containsExactly("Initializer", "Publisher", "IsCountReached", "Branching",
                "Executor", "Executor", "Executor", "Executor", "Executor", "Executor", "Cleaner", "Analyzer", "Optimizer");
        assertThat(run.stateTransitions()).isEqualTo(13);
        assertThat(run.count("MapIterationSucceeded")).isEqualTo(6);
        System.out.printf("default run: %d state transitions, %d history events%n", run.stateTransitions(), run.history().size());
    }

    @Test
    void theDeployedDefinitionIsTheRealAslWithLocalArnsAndTheTotalExecutionTimeout() throws Exception {
        String definition = tuner.client().describeStateMachine(r -> r.stateMachineArn(tuner.stateMachineArn())).definition();
        JsonNode states = new ObjectMapper().readTree(definition).path("States");

        assertThat(definition).doesNotContain("${");
        assertThat(states.at("/Initializer/Resource").asText()).isEqualTo(tuner.lambda().functionArn("powertuner-initializer"));
        assertThat(states.at("/CleanUpOnError/Resource").asText()).isEqualTo(tuner.lambda().functionArn("powertuner-cleaner"));
        assertThat(states.at("/Branching/ItemProcessor/States/Executor/TimeoutSeconds").intValue()).isEqualTo(600);
        assertThat(states.at("/Publisher/TimeoutSeconds").intValue()).isEqualTo(600);
        assertThat(states.at("/Analyzer/TimeoutSeconds").intValue()).isEqualTo(10);
    }

    @Test
    void aPowerValueBelowTheWorkloadsMemoryNeedFailsAloneAndIsReported() {
        String hungry = tuner.registerTarget(FunctionDefinition.builder("hungry").memorySize(1024).timeout(30)
                .profile(new WorkloadProfile(100, 1, 100, 0, 200, 0, 0, null, 42L)).build());
        FunctionSnapshot before = tuner.snapshot("hungry");

        TunerRun run = tuner.run("{\"lambdaARN\": \"" + hungry + "\", \"num\": 10, \"powerValues\": [128, 256, 512],"
                + " \"includeOutputResults\": true}");

        assertThat(run.status()).as(run.describe()).isEqualTo(ExecutionStatus.SUCCEEDED);
        JsonNode analysis = run.output();
        assertThat(analysis.path("power").intValue()).isEqualTo(256);
        assertThat(analysis.path("failedPowerValues")).hasSize(1);
        assertThat(analysis.path("failedPowerValues").get(0).path("power").intValue()).isEqualTo(128);
        assertThat(analysis.path("failedPowerValues").get(0).path("errorType").asText()).isEqualTo("Runtime.OutOfMemory");
        assertThat(analysis.path("stats").get(0).path("failed").asBoolean()).isTrue();
        assertThat(tuner.snapshot("hungry")).isEqualTo(before);
    }

    @Test
    void aPowerValueAboveTheAccountCapIsRecordedByThePublisherAndNeverInvoked() {
        TunerRun run = tuner.run("{\"lambdaARN\": \"" + targetArn + "\", \"num\": 5, \"powerValues\": [128, 4096]}");

        assertThat(run.status()).as(run.describe()).isEqualTo(ExecutionStatus.SUCCEEDED);
        JsonNode analysis = run.output();
        assertThat(analysis.path("power").intValue()).isEqualTo(128);
        assertThat(analysis.path("failedPowerValues").get(0).path("power").intValue()).isEqualTo(4096);
        assertThat(analysis.path("failedPowerValues").get(0).path("errorType").asText()).isEqualTo("InvalidParameterValueException");
    }

    @Test
    void onlyColdStartsInvokesEveryVersionOnceAndCountsColdStarts() {
        InvocationStats before = tuner.lambda().stats(TARGET);

        TunerRun run = tuner.run("{\"lambdaARN\": \"" + targetArn + "\", \"num\": 5, \"powerValues\": [128, 1024],"
                + " \"onlyColdStarts\": true, \"includeOutputResults\": true}");

        assertThat(run.status()).as(run.describe()).isEqualTo(ExecutionStatus.SUCCEEDED);
        List<JsonNode> stats = new ArrayList<>();
        run.output().path("stats").forEach(stats::add);
        assertThat(stats).hasSize(2).allSatisfy(stat -> {
            assertThat(stat.path("invocations").intValue()).isEqualTo(5);
            assertThat(stat.path("coldStarts").intValue()).isEqualTo(5);
        });
        assertThat(run.output().path("power").intValue()).isEqualTo(128);
        InvocationStats after = tuner.lambda().stats(TARGET);
        assertThat(after.invocations() - before.invocations()).isEqualTo(10);
        assertThat(after.coldStarts() - before.coldStarts()).isEqualTo(10);
    }

    @Test
    void dryRunSucceedsWithANullOutput() {
        TunerRun run = tuner.run("{\"lambdaARN\": \"" + targetArn + "\", \"num\": 5, \"powerValues\": [128, 256], \"dryRun\": true}");

        assertThat(run.status()).as(run.describe()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.execution().output()).isEqualTo("null");
    }

    @Test
    void autoOptimizeLeavesLatestAtTheOptimumWithItsDescriptionAndNoTuningVersions() {
        String optimized = tuner.registerTarget(target("optimized"));
        FunctionSnapshot before = tuner.snapshot("optimized");

        TunerRun run = tuner.run("{\"lambdaARN\": \"" + optimized + "\", \"num\": 5, \"powerValues\": [128, 512],"
                + " \"autoOptimize\": true}");

        assertThat(run.status()).as(run.describe()).isEqualTo(ExecutionStatus.SUCCEEDED);
        FunctionSnapshot after = tuner.snapshot("optimized");
        assertThat(after.memorySize()).isEqualTo(128);
        assertThat(after.description()).isEqualTo(before.description());
        assertThat(after.versions()).isEqualTo(before.versions());
        assertThat(after.aliases()).isEqualTo(before.aliases());
    }
}
