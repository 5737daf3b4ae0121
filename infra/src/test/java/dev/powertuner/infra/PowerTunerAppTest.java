package dev.powertuner.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Template;

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

    @Test
    void appBuildsTheStackNamedInContextFromTheGivenJar() throws Exception {
        Path jar = Files.write(target.resolve("handlers.jar"), new byte[] {'P', 'K', 5, 6});
        App app = App.Builder.create().context(Map.of("handlerJar", jar.toString(), "stackName", "tuner-dev",
                "PowerValues", "256,1024")).build();

        PowerTunerStack stack = PowerTunerApp.stack(app);

        assertThat(stack.getStackName()).isEqualTo("tuner-dev");
        assertThat(Synth.environment(Template.fromStack(stack), TunerFunction.EXECUTOR))
                .containsEntry("defaultPowerValues", "256,1024");
    }

    @Test
    void cdkJsonRunsThisAppWithoutNeedingAPrePopulatedMavenRepository() throws Exception {
        // deploy.md builds only functions/ first, so aws-cdk-lib and exec-maven-plugin may not be downloaded yet
        String app = new ObjectMapper().readTree(Path.of("cdk.json").toFile()).get("app").asText();

        assertThat(app).contains("mvn ").contains(" compile exec:java");
        assertThat(app.split(" ")).doesNotContain("-o", "--offline");
        assertThat(Files.readString(Path.of("pom.xml"))).contains("<mainClass>" + PowerTunerApp.class.getName());
    }

    @Test
    void missingHandlerJarInContextIsNamed() {
        App app = App.Builder.create().context(Map.of("handlerJar", target.resolve("nope.jar").toString())).build();

        assertThatThrownBy(() -> PowerTunerApp.stack(app)).hasMessageContaining("handlerJar");
    }
}
