package dev.powertuner.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.local.function.FunctionDefinition;
import dev.powertuner.local.function.WorkloadProfile;
import dev.powertuner.local.state.InvocationStats;
import dev.powertuner.statemachine.TunerStep;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/**
 * The six powertuner handlers as the java21 managed runtime runs them: each a JVM of 1,024 MB under the official
 * runtime interface client, loading the shaded jar, reading and writing the state as JSON through the Runtime API.
 */
class ProcessModeEndToEndTest {
    private static final String TARGET = "workload";
    private static LocalTuner tuner;
    private static String targetArn;

    @BeforeAll
    static void start() {
        tuner = LocalTuner.builder().maxMemorySize(3008).processMode(shadedJar()).start();
        targetArn = tuner.registerTarget(FunctionDefinition.builder(TARGET).memorySize(1024).timeout(30)
                .description("the workload to tune").profile(new WorkloadProfile(100, 1, 100, 50, 0, 0, 0, null, 42L))
                .build());
    }

    @AfterAll
    static void stop() {
        tuner.close();
    }

    /** The shaded handler jar the functions module builds in its package phase. */
    static Path shadedJar() {
        Path target = Path.of(System.getProperty("powertuner.root", "..")).resolve("functions").resolve("target");
        try (Stream<Path> jars = Files.list(target)) {
            return jars.filter(p -> p.getFileName().toString().endsWith("-lambda.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no shaded handler jar in " + target
                            + "; build it first: mvn -pl functions package"));
        } catch (IOException e) {
            throw new UncheckedIOException("no shaded handler jar in " + target + "; build it first: "
                    + "mvn -pl functions package", e);
        }
    }

    @Test
    void theSixHandlersTuneUnderTheRuntimeInterfaceClient() {
        TunerRun run = tuner.run("{\"lambdaARN\": \"" + targetArn + "\", \"num\": 5, \"powerValues\": [128, 512, 3008],"
                + " \"strategy\": \"speed\", \"includeOutputResults\": true}");

        assertThat(run.status()).as(run.describe()).isEqualTo(ExecutionStatus.SUCCEEDED);
        JsonNode analysis = run.output();
        assertThat(analysis.path("power").intValue()).isEqualTo(3008);
        assertThat(analysis.path("stats")).hasSize(3);
        for (TunerStep tunerStep : TunerStep.values()) {
            String step = tunerStep.localFunctionName();
            InvocationStats stats = tuner.lambda().stats(step);
            assertThat(stats.coldStarts()).as(step + " started as a process").isGreaterThanOrEqualTo(1);
            assertThat(stats.errors()).as(step + " errors").isZero();
        }
    }
}
