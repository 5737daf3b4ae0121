package dev.powertuner.statemachine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lints the definition with the two Node validators of the root package.json: asl-validator on the raw file
 * (it accepts the quoted placeholders), statelint on a copy whose placeholders are replaced by fake ARNs.
 */
class AslValidatorsTest {
    private static final String FAKE_ARN = "arn:aws:lambda:us-east-1:123456789012:function:";

    @TempDir
    Path temp;

    @Test
    void aslValidatorAcceptsTheRawFile() throws Exception {
        Result result = run("asl-validator", "--json-path", Definition.rawFile().toString());

        assertThat(result.exitCode).as(result.output).isZero();
    }

    @Test
    void statelintAcceptsTheDefinitionWithPlaceholdersReplacedByArns() throws Exception {
        Path substituted = temp.resolve("substituted.asl.json");
        Files.writeString(substituted, Definition.rendered(FAKE_ARN, 300));

        Result result = run("statelint", substituted.toString());

        assertThat(result.exitCode).as(result.output).isZero();
    }

    @Test
    void aslValidatorRejectsAMissingTransitionTarget() throws Exception {
        // given the definition with the Cleaner pointing nowhere
        ObjectNode broken = (ObjectNode) Definition.load();
        ((ObjectNode) broken.get("States").get("Cleaner")).put("Next", "Nowhere");
        Path file = temp.resolve("broken.asl.json");
        Definition.MAPPER.writeValue(file.toFile(), broken);
        // when
        Result result = run("asl-validator", "--json-path", file.toString());
        // then
        assertThat(result.exitCode).isNotZero();
        assertThat(result.output).contains("Nowhere");
    }

    @Test
    void statelintRejectsUnsubstitutedPlaceholders() throws Exception {
        Result result = run("statelint", Definition.rawFile().toString());

        assertThat(result.exitCode).isNotZero();
        assertThat(result.output).contains("${InitializerArn}");
    }


    private static Result run(String tool, String... args) throws IOException, InterruptedException {
        Path executable = Definition.root().resolve("node_modules").resolve(".bin").resolve(tool);
        assertThat(executable).as("run scripts/ensure-node-modules.sh first").exists();
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(Definition.root().toFile())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(tool + " did not finish");
        }
        return new Result(process.exitValue(), output);
    }

    private static final class Result {
        private final int exitCode;
        private final String output;

        Result(int exitCode, String output) {
            this.exitCode = exitCode;
            this.output = output;
        }
    }
}
