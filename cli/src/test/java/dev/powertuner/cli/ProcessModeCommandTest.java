package dev.powertuner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code local} on a real function in process mode: a Node.js handler run by Local Lambda under Lambda's limits. */
class ProcessModeCommandTest {

    private static Path nodeFunction(Path dir) throws IOException {
        Path code = Files.createDirectories(dir.resolve("fn"));
        Files.writeString(code.resolve("index.mjs"), "export const handler = async (event) => {\n"
                + "  let h = 0;\n  for (let i = 0; i < (event.work ?? 1000); i++) { h = (h * 31 + i) | 0; }\n"
                + "  console.log('worked', event.work);\n  return { h };\n};\n", StandardCharsets.UTF_8);
        Path functions = dir.resolve("functions.json");
        Files.writeString(functions, "{\"functions\": [{\"name\": \"real\", \"runtime\": \"nodejs20.x\", "
                + "\"handler\": \"index.handler\", \"code\": \"fn\", \"memorySize\": 512, \"timeout\": 30}]}",
                StandardCharsets.UTF_8);
        return functions;
    }

    @Test
    void aNodeFunctionIsTunedAndTheOutputSaysWhatTheNumbersAre(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("report.html");

        CliHarness.Result result = CliHarness.run("local", "--target", nodeFunction(dir).toString(), "--power-values",
                "128,1024", "--num", "5", "--payload", "{\"work\": 100000}", "--html", report.toString());

        assertThat(result.code()).as(result.err()).isEqualTo(0);
        assertThat(result.err()).contains("process mode, nodejs20.x");
        assertThat(result.out()).contains("128 MB", "1024 MB", "note: ");
        assertThat(result.out()).containsAnyOf("note: measured: nodejs20.x processes", "note: NOT limited: ");
        assertThat(Files.readString(report)).contains("<p class=\"note\">");
    }

    @Test
    void aMissingRuntimeProgramOrCodeIsAUsageErrorBeforeAnythingRuns(@TempDir Path dir) throws IOException {
        Path functions = dir.resolve("functions.json");
        Files.writeString(functions, "{\"functions\": [{\"name\": \"real\", \"runtime\": \"python3.12\", "
                + "\"handler\": \"app.handler\", \"code\": \"missing\"}]}", StandardCharsets.UTF_8);

        CliHarness.Result result = CliHarness.run("local", "--target", functions.toString(), "--num", "5");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("functions[0] \"real\": code: no such file or directory");
    }
}
