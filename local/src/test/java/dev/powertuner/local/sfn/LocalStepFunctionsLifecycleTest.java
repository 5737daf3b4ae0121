package dev.powertuner.local.sfn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.InvalidDefinitionException;

class LocalStepFunctionsLifecycleTest {
    @TempDir
    Path dir;

    @Test
    void closeStopsTheNodeProcess() {
        LocalStepFunctions sfn = LocalStepFunctions.start(LocalStepFunctions.options().region("eu-central-1").account("111122223333"));
        try (SfnClient client = SfnTestSupport.client(sfn)) {
            String arn = SfnTestSupport.createMachine(client, "tiny",
                    "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}");

            assertThat(arn).isEqualTo("arn:aws:states:eu-central-1:111122223333:stateMachine:tiny").isEqualTo(sfn.stateMachineArn("tiny"));
            assertThat(sfn.isAlive()).isTrue();
        } finally {
            sfn.close();
        }

        assertThat(sfn.isAlive()).isFalse();
    }

    @Test
    void onlyATrustedDefinitionSkipsTheEnginesValidation() {
        // a definition the validator rejects (a Next that names no state) shows whether validation ran
        String unchecked = "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"Next\": \"Nowhere\"}}}";
        try (LocalStepFunctions sfn = LocalStepFunctions.start(LocalStepFunctions.options().trustedDefinition(unchecked));
             SfnClient client = SfnTestSupport.client(sfn)) {
            assertThat(SfnTestSupport.createMachine(client, "trusted", unchecked)).isEqualTo(sfn.stateMachineArn("trusted"));
            assertThatThrownBy(() -> SfnTestSupport.createMachine(client, "other", unchecked + " "))
                    .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("Nowhere");
        }
    }

    @Test
    void anEngineThatCannotBeLoadedFailsTheStartWithTheServersMessage() throws IOException {
        Path broken = dir.resolve("node_modules").resolve(NodeModules.ENGINE);
        Files.createDirectories(broken);
        Files.writeString(broken.resolve("package.json"), "{\"name\": \"aws-local-stepfunctions\", \"main\": \"missing.cjs\"}");
        List<String> log = new CopyOnWriteArrayList<>();

        assertThatThrownBy(() -> LocalStepFunctions.start(LocalStepFunctions.options().nodeModules(dir.resolve("node_modules"))
                .log(log::add)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("did not start")
                .hasMessageContaining("cannot load aws-local-stepfunctions")
                .hasMessageContaining("run scripts/ensure-node-modules.sh");
        assertThat(log).anySatisfy(line -> assertThat(line).contains("cannot load aws-local-stepfunctions"));
    }
}
