package dev.powertuner.local.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {
    @TempDir
    Path dir;

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    @Test
    void eachDrainHandsOverOnlyWhatWasWrittenSinceTheLastOneWithATrailingPartialLine() throws IOException {
        OutputFile output = new OutputFile(dir.resolve("env.log"));
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();

        append(output.path(), "init line\nSTART-ish\n");
        output.drainTo(first::add);
        append(output.path(), "handler says hi\nno newline");
        output.drainTo(second::add);

        assertThat(first).containsExactly("init line", "START-ish");
        assertThat(second).containsExactly("handler says hi", "no newline");
    }

    @Test
    void resetEmptiesTheFileAndLaterLinesAreStillRead() throws IOException {
        OutputFile output = new OutputFile(dir.resolve("env.log"));
        append(output.path(), "old invocation\n");

        output.reset();
        append(output.path(), "new invocation\n");
        List<String> lines = new ArrayList<>();
        output.drainTo(lines::add);

        assertThat(lines).containsExactly("new invocation");
        assertThat(Files.size(output.path())).isEqualTo("new invocation\n".length());
        output.close();
        assertThat(output.path()).doesNotExist();
    }
}
