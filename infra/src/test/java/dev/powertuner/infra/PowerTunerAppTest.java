package dev.powertuner.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PowerTunerAppTest {
    @TempDir
    Path target;

    @Test
    void missingHandlerJarExplainsHowToBuildIt() throws Exception {
        Files.createFile(target.resolve("powertuner-functions-0.1.0-SNAPSHOT.jar"));

        assertThatThrownBy(() -> PowerTunerApp.findHandlerJar(target))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("powertuner-functions-*-lambda.jar")
                .hasMessageContaining("build it with mvn -pl functions -am package");
    }

    @Test
    void missingTargetDirectoryGivesTheSameAdvice() {
        assertThatThrownBy(() -> PowerTunerApp.findHandlerJar(target.resolve("absent")))
                .hasMessageContaining("build it with mvn -pl functions -am package");
    }

    @Test
    void newestShadedJarWins() throws Exception {
        Path old = Files.createFile(target.resolve("powertuner-functions-0.1.0-lambda.jar"));
        Path current = Files.createFile(target.resolve("powertuner-functions-0.2.0-SNAPSHOT-lambda.jar"));
        Files.setLastModifiedTime(old, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        Files.setLastModifiedTime(current, FileTime.from(Instant.parse("2026-06-01T00:00:00Z")));

        assertThat(PowerTunerApp.findHandlerJar(target)).isEqualTo(current);
    }
}
