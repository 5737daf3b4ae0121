package dev.powertuner.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.local.function.FunctionDefinition;
import dev.powertuner.local.function.WorkloadProfile;
import dev.powertuner.local.state.FunctionSnapshot;
import dev.powertuner.local.state.InvocationStats;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * 100 power values × num 50 (docs/reference-differences.md, "Large runs fit in the state limits"), with and without onlyColdStarts: the runs complete and every
 * state stays under 256 KiB. The onlyColdStarts run publishes, invokes and deletes 5,000 versions (about 40 s on two
 * cores, up to two minutes while other builds run).
 */
class ScaleEndToEndTest {
    private static final int STATE_LIMIT_BYTES = 262_144;
    private static final String TARGET = "big-sweep";
    private static LocalTuner tuner;
    private static String targetArn;
    private static FunctionSnapshot original;

    @BeforeAll
    static void start() {
        tuner = LocalTuner.builder().timeScale(0.0001).start();
        targetArn = tuner.registerTarget(FunctionDefinition.builder(TARGET).memorySize(512).timeout(30)
                .description("sweep target").profile(WorkloadProfile.of(200, 20)).build());
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

    private static String powerValues() {
        return IntStream.range(0, 100).map(i -> 128 + 64 * i).mapToObj(Integer::toString).collect(Collectors.joining(",", "[", "]"));
    }

    private static long largestStateBytes(TunerRun run) {
        return run.history().stream().flatMap(ScaleEndToEndTest::payloads).filter(Objects::nonNull)
                .mapToLong(text -> text.getBytes(StandardCharsets.UTF_8).length).max().orElse(0);
    }

    private static Stream<String> payloads(HistoryEvent e) {
        return Stream.of(e.stateEnteredEventDetails() == null ? null : e.stateEnteredEventDetails().input(),
                e.stateExitedEventDetails() == null ? null : e.stateExitedEventDetails().output());
    }

    @Test
    void hundredPowerValuesWithNumFiftyCompleteWithSmallStates() {
        TunerRun run = tuner.run("{\"lambdaARN\": \"" + targetArn + "\", \"num\": 50, \"parallelInvocation\": true,"
                + " \"powerValues\": " + powerValues() + ", \"includeOutputResults\": true}");

        assertThat(run.status()).as(run.describe()).isEqualTo(ExecutionStatus.SUCCEEDED);
        JsonNode analysis = run.output();
        assertThat(analysis.path("stats")).hasSize(100);
        assertThat(analysis.path("stats").get(99).path("invocations").intValue()).isEqualTo(50);
        assertThat(run.count("MapIterationSucceeded")).isEqualTo(100);
        assertThat(largestStateBytes(run)).isLessThan(STATE_LIMIT_BYTES);
        System.out.printf("100 x 50: %d state transitions, %d history events, largest state %d bytes%n",
                run.stateTransitions(), run.history().size(), largestStateBytes(run));
    }

    @Test
    void hundredPowerValuesWithNumFiftyOnlyColdStartsCompleteWithSmallStates() {
        InvocationStats before = tuner.lambda().stats(TARGET);

        TunerRun run = tuner.run("{\"lambdaARN\": \"" + targetArn + "\", \"num\": 50, \"onlyColdStarts\": true,"
                + " \"parallelInvocation\": true, \"powerValues\": " + powerValues() + "}");

        assertThat(run.status()).as(run.describe()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.output().path("power").isInt()).isTrue();
        InvocationStats after = tuner.lambda().stats(TARGET);
        assertThat(after.invocations() - before.invocations()).isEqualTo(5000);
        assertThat(after.coldStarts() - before.coldStarts()).isEqualTo(5000);
        assertThat(largestStateBytes(run)).isLessThan(STATE_LIMIT_BYTES);
        System.out.printf("100 x 50 onlyColdStarts: %d state transitions, %d history events, largest state %d bytes%n",
                run.stateTransitions(), run.history().size(), largestStateBytes(run));
    }
}
