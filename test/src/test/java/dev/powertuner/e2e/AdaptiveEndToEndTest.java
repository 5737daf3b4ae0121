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
 * Adaptive runs (docs/adaptive.md) on the real state machine: rounds, the same optimum as a full run of a workload
 * with a clear optimum, failing sizes, the refusal of onlyColdStarts, and 100 sizes × num 50 within the state limit.
 * The workload is TuningEndToEndTest's (cheapest 128 MB, fastest 3,008 MB) with 5 % seeded jitter.
 */
class AdaptiveEndToEndTest {
    private static final int STATE_LIMIT_BYTES = 262_144;
    private static final String TARGET = "adaptive-workload";
    private static final WorkloadProfile PROFILE = new WorkloadProfile(100, 1, 100, 50, 0, 0.05, 0, null, 7L);
    private static LocalTuner tuner;
    private static String targetArn;
    private static FunctionSnapshot original;

    @BeforeAll
    static void start() {
        tuner = LocalTuner.builder().timeScale(0.001).start();
        targetArn = tuner.registerTarget(FunctionDefinition.builder(TARGET).memorySize(1024).timeout(30)
                .description("tuned adaptively").profile(PROFILE).build());
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

    private static TunerRun run(String fields) {
        return tuner.run("{\"lambdaARN\": \"" + targetArn + "\", " + fields + "}");
    }

    @Test
    void adaptiveRunPicksTheFullRunsOptimumWithFewerInvocations() {
        InvocationStats before = tuner.lambda().stats(TARGET);

        TunerRun full = run("\"num\": 20, \"strategy\": \"speed\"");
        TunerRun adaptive = run("\"num\": 20, \"strategy\": \"speed\", \"adaptive\": true, \"includeOutputResults\": true");

        assertThat(adaptive.status()).as(adaptive.describe()).isEqualTo(ExecutionStatus.SUCCEEDED);
        JsonNode out = adaptive.output();
        assertThat(out.path("power").intValue()).isEqualTo(full.output().path("power").intValue()).isEqualTo(3008);
        JsonNode a = out.path("adaptive");
        assertThat(a.path("fullInvocations").intValue()).isEqualTo(120);
        assertThat(a.path("totalInvocations").intValue()).isLessThan(120).isGreaterThanOrEqualTo(30);
        assertThat(a.path("rounds").intValue()).isGreaterThanOrEqualTo(1);
        assertThat(a.path("dropped").path("128").intValue()).isEqualTo(1);
        assertThat(a.path("intervals").path("3008").path("objective").asText()).isEqualTo("speed");
        int sum = 0;
        for (JsonNode n : a.path("invocations")) {
            sum += n.intValue();
        }
        assertThat(sum).isEqualTo(a.path("totalInvocations").intValue());
        assertThat(out.path("stats").get(5).path("invocations").intValue()).isEqualTo(a.path("invocations").path("3008").intValue());
        InvocationStats after = tuner.lambda().stats(TARGET);
        assertThat(after.invocations() - before.invocations()).isEqualTo(120 + a.path("totalInvocations").intValue());
        assertThat(adaptive.statesEntered()).containsSequence("Decide", "MoreRounds", "Round").contains("Cleaner")
                .doesNotContain("Branching");
        assertThat(full.statesEntered()).doesNotContain("Decide", "Round");
    }

    @Test
    void failingSizesAreReportedAndTheOthersStillCompete() {
        String arn = tuner.registerTarget(FunctionDefinition.builder("needs-300-mb").memorySize(1024).timeout(30)
                .description("fails below 300 MB").profile(new WorkloadProfile(100, 1, 100, 0, 300, 0.05, 0, null, 3L))
                .build());
        FunctionSnapshot before = tuner.snapshot("needs-300-mb");

        TunerRun run = tuner.run("{\"lambdaARN\": \"" + arn + "\", \"num\": 10, \"adaptive\": {\"minInvocations\": 3},"
                + " \"powerValues\": [128, 256, 512, 1024]}");

        assertThat(run.status()).as(run.describe()).isEqualTo(ExecutionStatus.SUCCEEDED);
        JsonNode out = run.output();
        assertThat(out.path("power").intValue()).isEqualTo(512);
        assertThat(out.path("failedPowerValues")).extracting(f -> f.path("power").intValue()).containsExactly(128, 256);
        assertThat(out.path("adaptive").path("invocations").path("128").intValue()).isEqualTo(1);
        assertThat(out.path("adaptive").path("dropped").has("128")).isFalse();
        assertThat(tuner.snapshot("needs-300-mb")).isEqualTo(before);
    }

    @Test
    void onlyColdStartsWithAdaptiveIsRefusedBeforeAnythingIsCreated() {
        TunerRun run = run("\"num\": 5, \"onlyColdStarts\": true, \"adaptive\": true");

        assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("dev.powertuner.core.error.InvalidInputException");
        assertThat(run.cause()).contains("adaptive cannot be combined with onlyColdStarts");
        assertThat(run.statesEntered()).doesNotContain("Publisher");
    }

    @Test
    void hundredSizesWithNumFiftyStayWithinTheStateLimit() {
        String powers = IntStream.range(0, 100).map(i -> 128 + 64 * i).mapToObj(Integer::toString)
                .collect(Collectors.joining(",", "[", "]"));

        TunerRun run = run("\"num\": 50, \"parallelInvocation\": true, \"adaptive\": true, \"strategy\": \"balanced\","
                + " \"includeOutputResults\": true, \"powerValues\": " + powers);

        assertThat(run.status()).as(run.describe()).isEqualTo(ExecutionStatus.SUCCEEDED);
        JsonNode a = run.output().path("adaptive");
        assertThat(run.output().path("stats")).hasSize(100);
        assertThat(a.path("totalInvocations").intValue()).isLessThan(a.path("fullInvocations").intValue());
        long largest = run.history().stream().flatMap(AdaptiveEndToEndTest::payloads).filter(Objects::nonNull)
                .mapToLong(text -> text.getBytes(StandardCharsets.UTF_8).length).max().orElse(0);
        assertThat(largest).isLessThan(STATE_LIMIT_BYTES);
        System.out.printf("adaptive 100 x 50: %d rounds, %d of %d invocations, %d history events, largest state %d"
                + " bytes%n", a.path("rounds").intValue(), a.path("totalInvocations").intValue(),
                a.path("fullInvocations").intValue(), run.history().size(), largest);
    }

    private static Stream<String> payloads(HistoryEvent e) {
        return Stream.of(e.stateEnteredEventDetails() == null ? null : e.stateEnteredEventDetails().input(),
                e.stateExitedEventDetails() == null ? null : e.stateExitedEventDetails().output());
    }
}
