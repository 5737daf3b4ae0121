package dev.powertuner.local.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessSpecTest {
    @TempDir
    Path dir;

    @Test
    void anUnknownRuntimeListsTheSupportedOnes() {
        assertThatThrownBy(() -> new ProcessSpec("ruby3.3", "app.handler", dir, List.of()).validate())
                .hasMessageContaining("runtime 'ruby3.3' is not supported").hasMessageContaining("nodejs18.x");
    }

    @Test
    void missingCodeIsNamed() {
        Path missing = dir.resolve("build/fn.jar");
        assertThatThrownBy(() -> new ProcessSpec("java21", "a.B", missing, List.of()).validate())
                .hasMessage("code: no such file or directory: " + missing);
    }

    @Test
    void handlersMustHaveTheirRuntimesForm() {
        assertThatThrownBy(() -> new ProcessSpec("nodejs20.x", "index", dir, List.of()).validate())
                .hasMessage("handler must be file.function, e.g. index.handler, got 'index'");
        assertThatThrownBy(() -> new ProcessSpec("python3.12", "app:handler", dir, List.of()).validate())
                .hasMessageContaining("handler must be module.function");
        assertThatThrownBy(() -> new ProcessSpec("java21", "com.example.Fn::handle Request", dir, List.of())
                .validate()).hasMessageContaining("handler must be a class name or Class::method");
    }

    @Test
    void aProvidedRuntimeNeedsAnExecutableBootstrap() throws IOException {
        assertThatThrownBy(() -> new ProcessSpec("provided.al2023", null, dir, List.of()).validate())
                .hasMessageContaining("code has no executable 'bootstrap'").hasMessageContaining("is missing");
        Files.writeString(dir.resolve("bootstrap"), "#!/bin/sh\n");
        assertThatThrownBy(() -> new ProcessSpec("provided", null, dir, List.of()).validate())
                .hasMessageContaining("is not executable; chmod +x it");
    }

    @Test
    void aFileThatIsNeitherJarNorZipIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("app.py"), "");
        assertThatThrownBy(() -> new ProcessSpec("python3.12", "app.handler", file, List.of()).validate())
                .hasMessage("code must be a directory, a .jar or a .zip: " + file);
    }
}
