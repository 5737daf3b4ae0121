package dev.powertuner.cdk;

import dev.powertuner.statemachine.TunerDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The state machine's definition: the bundled one or the user's definitionFile, rendered by TunerDefinition. */
final class DefinitionFile {
    private DefinitionFile() {
    }

    /** The definition file as compact JSON with every Task's TimeoutSeconds set; placeholders stay for substitution. */
    static String render(Path file, int totalExecutionTimeout) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the state machine definition " + file, e);
        }
        try {
            return TunerDefinition.renderTemplate(text, totalExecutionTimeout);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("definitionFile " + file + ": " + e.getMessage(), e);
        }
    }

    /** The bundled definition, rendered as {@link #render(Path, int)} does. */
    static String renderBundled(int totalExecutionTimeout) {
        return TunerDefinition.renderTemplate(TunerDefinition.bundled(), totalExecutionTimeout);
    }
}
