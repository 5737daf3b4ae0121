package dev.powertuner.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.local.FunctionDefinition;
import dev.powertuner.local.FunctionSnapshot;
import dev.powertuner.local.WorkloadProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

import static org.assertj.core.api.Assertions.assertThat;

class TuningEndToEndTest {
    private static final String TARGET = "workload";
    private static LocalTuner tuner;
    private static String targetArn;
    private static FunctionSnapshot original;

    @BeforeAll
    static void start() {
        tuner = LocalTuner.builder().start();
        targetArn = tuner.registerTarget(FunctionDefinition.builder(TARGET).memorySize(1024).timeout(30)
                .description("the workload to tune").profile(WorkloadProfile.of(100, 100)).build());
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

    @Test
    void defaultInputSucceedsWithTheCheapestPower() {
        TunerRun run = tuner.run("{\"lambdaARN\": \"" + targetArn + "\", \"num\": 10}");

        assertThat(run.status()).as(run.describe()).isEqualTo(ExecutionStatus.SUCCEEDED);
        JsonNode analysis = run.output();
        assertThat(analysis.path("power").intValue()).isEqualTo(128);
        System.out.println("transitions " + run.stateTransitions() + " " + run.statesEntered());
        System.out.println(analysis);
    }
}
