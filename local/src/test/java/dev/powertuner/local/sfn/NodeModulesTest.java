package dev.powertuner.local.sfn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeModulesTest {
    @TempDir
    Path dir;

    private Path project(String name) throws IOException {
        Path root = dir.resolve(name);
        Path engine = root.resolve("node_modules").resolve(NodeModules.ENGINE);
        Files.createDirectories(engine);
        Files.writeString(engine.resolve("package.json"), "{}");
        return root;
    }

    @Test
    void theRootPropertyWinsOverTheHomeVariableAndTheWorkingDirectory() throws IOException {
        Path root = project("root");
        Path home = project("home");

        Path found = NodeModules.locate(null, root.toString(), Map.of(NodeModules.HOME_VARIABLE, home.toString()), home);

        assertThat(found).isEqualTo(root.resolve("node_modules").toAbsolutePath());
    }

    @Test
    void theHomeVariableIsUsedWithoutTheProperty() throws IOException {
        Path home = project("home");

        assertThat(NodeModules.locate(null, null, Map.of(NodeModules.HOME_VARIABLE, home.toString()), dir))
                .isEqualTo(home.resolve("node_modules").toAbsolutePath());
    }

    @Test
    void theWorkingDirectoryIsWalkedUp() throws IOException {
        Path root = project("walk");
        Path deep = Files.createDirectories(root.resolve("test").resolve("target"));

        assertThat(NodeModules.locate(null, null, Map.of(), deep)).isEqualTo(root.resolve("node_modules"));
    }

    @Test
    void aMissingEngineNamesTheInstallScript() {
        Path empty = dir.resolve("empty").resolve("node_modules");

        assertThatThrownBy(() -> NodeModules.locate(empty, null, Map.of(), dir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("run scripts/ensure-node-modules.sh")
                .hasMessageContaining(empty.toString());
    }

    @Test
    void aMissingNodeBinaryFailsWithAClearMessage() {
        assertThatThrownBy(() -> LocalStepFunctions.start(LocalStepFunctions.options().nodeExecutable("/nonexistent/node")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/nonexistent/node")
                .hasMessageContaining("Node 20");
    }
}
