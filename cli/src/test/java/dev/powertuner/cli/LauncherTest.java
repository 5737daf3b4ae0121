package dev.powertuner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The launcher's build and start logic, through scripts/test-launcher.sh (stand-ins for mvn and java, no build). */
class LauncherTest {

    @Test
    void launcherScenariosPass() throws Exception {
        Path root = Path.of(System.getProperty("powertuner.root", "..")).toAbsolutePath().normalize();
        Process p = new ProcessBuilder("bash", root.resolve("scripts/test-launcher.sh").toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(p.waitFor()).as(output).isZero();
        assertThat(output).contains("all launcher checks passed").doesNotContain("FAIL");
    }
}
