package dev.powertuner.cdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.powertuner.statemachine.TunerStep;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefinitionFileTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void everyTaskTimeoutBecomesTotalExecutionTimeoutExceptTheAnalyzers() throws Exception {
        JsonNode states = JSON.readTree(DefinitionFile.render(Synth.definitionFile(), 42)).get("States");

        int tasks = 0;
        for (String name : new String[] {"Initializer", "Publisher", "Cleaner", "Optimizer", "CleanUpOnError"}) {
            assertThat(states.get(name).get("TimeoutSeconds").asInt()).as(name).isEqualTo(42);
            tasks++;
        }
        assertThat(states.get("Branching").get("ItemProcessor").get("States").get("Executor")
                .get("TimeoutSeconds").asInt()).isEqualTo(42);
        assertThat(states.get("Analyzer").get("TimeoutSeconds").asInt()).isEqualTo(10);
        assertThat(tasks).isEqualTo(5);
    }

    @Test
    void placeholdersStayForDefinitionSubstitutions() {
        String rendered = DefinitionFile.render(Synth.definitionFile(), 300);

        for (TunerStep spec : TunerStep.values()) {
            assertThat(rendered).contains("\"${" + spec.placeholder() + "}\"");
        }
    }

    @Test
    void bundledDefinitionRendersAsTheRepositoryFileDoes() {
        assertThat(DefinitionFile.renderBundled(42)).isEqualTo(DefinitionFile.render(Synth.definitionFile(), 42));
    }

    @Test
    void aFileWithoutStatesIsRejected() throws Exception {
        Path file = temp.resolve("not-a-definition.json");
        Files.writeString(file, "{\"Comment\": \"nothing\"}");

        assertThatThrownBy(() -> DefinitionFile.render(file, 300)).hasMessageContaining("not a state machine definition");
    }
}
