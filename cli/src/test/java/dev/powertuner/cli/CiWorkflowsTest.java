package dev.powertuner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** The pipelines of docs/ci parse as YAML of their CI system and call only {@code powertuner} commands that exist. */
class CiWorkflowsTest {
    private static final Path CI = Path.of(System.getProperty("powertuner.root", "..")).resolve("docs/ci");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> GITLAB_KEYWORDS = Set.of("stages", "variables", "default", "workflow", "include",
            "image", "services", "cache", "before_script", "after_script");
    private static final Set<String> SEPARATORS = Set.of("&&", "||", ";", "|", "then", "else", "do");

    static Stream<Path> workflows() throws IOException {
        try (Stream<Path> files = Files.list(CI)) {
            return files.filter(f -> f.toString().endsWith(".yml")).sorted().toList().stream();
        }
    }

    private static JsonNode yaml(Path file) throws IOException {
        return YAML.readTree(file.toFile());
    }

    private static boolean gitlab(Path file) {
        return file.getFileName().toString().startsWith("gitlab");
    }

    @Test
    void docsShipAGithubWorkflowANightlyOneAndAGitlabPipeline() throws IOException {
        assertThat(workflows().map(f -> f.getFileName().toString()))
                .containsExactly("github-nightly.yml", "github-workflow.yml", "gitlab-ci.yml");
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void everyPowertunerCommandParsesWithTheCliItself(Path file) throws IOException {
        List<List<String>> commands = commands(yaml(file), gitlab(file));

        assertThat(commands).as(file.toString()).isNotEmpty();
        for (List<String> command : commands) {
            CommandLine cli = Main.commandLine(environment());
            CommandLine sub = cli.getSubcommands().get(command.get(0));
            assertThat(sub).as("%s: powertuner %s", file, command.get(0)).isNotNull();
            command.stream().filter(t -> t.startsWith("--")).map(t -> t.split("=", 2)[0]).forEach(option ->
                    assertThat(sub.getCommandSpec().findOption(option)).as("%s: %s %s", file, command.get(0), option).isNotNull());
            assertThatCode(() -> cli.parseArgs(command.toArray(String[]::new))).as("%s: %s", file, command).doesNotThrowAnyException();
        }
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void gateOptionsArePublishedAndTheBaselineIsKept(Path file) throws IOException {
        JsonNode doc = yaml(file);
        List<List<String>> gated = commands(doc, gitlab(file)).stream().filter(c -> c.contains("--baseline")).toList();
        List<String> paths = new ArrayList<>();
        collect(doc, Set.of("path", "paths", "junit", "report_paths"), paths);

        assertThat(gated).as(file.toString()).isNotEmpty().allSatisfy(c -> {
            assertThat(c).contains("--max-regression", "--markdown", "--junit", "--json");
            assertThat(paths).as("%s publishes %s", file, c).contains(valueOf(c, "--baseline"), valueOf(c, "--junit"));
            assertThat(paths).anySatisfy(p -> assertThat(valueOf(c, "--markdown")).startsWith(p));
        });
    }

    @Test
    void githubJobsHaveRunnersAndStepsThatRunOrUseSomething() throws IOException {
        for (Path file : workflows().filter(f -> !gitlab(f)).toList()) {
            JsonNode doc = yaml(file);
            assertThat(doc.has("on")).as(file.toString()).isTrue();
            doc.path("jobs").forEach(job -> {
                assertThat(job.path("runs-on").isTextual()).as(file.toString()).isTrue();
                assertThat(job.path("steps")).as(file.toString()).isNotEmpty()
                        .allSatisfy(step -> assertThat(step.has("run") ^ step.has("uses")).as("%s: %s", file, step).isTrue());
            });
        }
    }

    @Test
    void gitlabJobsHaveAScriptAndAKnownStage() throws IOException {
        JsonNode doc = yaml(CI.resolve("gitlab-ci.yml"));
        List<String> stages = new ArrayList<>();
        doc.path("stages").forEach(s -> stages.add(s.asText()));

        List<String> jobs = new ArrayList<>();
        doc.fieldNames().forEachRemaining(name -> {
            if (!GITLAB_KEYWORDS.contains(name) && !name.startsWith(".")) {
                jobs.add(name);
            }
        });

        assertThat(jobs).contains("deploy", "tune", "accept-baseline", "drift");
        for (String name : jobs) {
            JsonNode job = doc.path(name);
            JsonNode template = doc.path(job.path("extends").asText(""));
            assertThat(job.has("script") || template.has("script")).as(name).isTrue();
            assertThat(stages).as(name).contains(job.path("stage").asText());
        }
        assertThat(doc.path("drift").path("rules").get(0).path("if").asText()).isEqualTo("$CI_PIPELINE_SOURCE == \"schedule\"");
    }

    /** Every {@code powertuner} invocation in the workflow's shell scripts, without the program name. */
    static List<List<String>> commands(JsonNode doc, boolean gitlab) {
        List<String> scripts = new ArrayList<>();
        collect(doc, gitlab ? Set.of("script", "before_script", "after_script") : Set.of("run"), scripts);
        List<List<String>> commands = new ArrayList<>();
        for (String script : scripts) {
            for (String line : script.replace("\\\n", " ").split("\n")) {
                commands.addAll(invocations(line));
            }
        }
        return commands;
    }

    private static List<List<String>> invocations(String line) {
        List<String> tokens = Arrays.stream(line.trim().split("\\s+")).map(t -> t.replace("\"", "")).toList();
        List<List<String>> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            boolean program = t.equals("powertuner") || t.endsWith("/powertuner");
            if (program && (i == 0 || SEPARATORS.contains(tokens.get(i - 1)))) {
                List<String> args = new ArrayList<>();
                for (int j = i + 1; j < tokens.size() && !SEPARATORS.contains(tokens.get(j)) && !tokens.get(j).startsWith(">"); j++) {
                    args.add(tokens.get(j));
                }
                found.add(args);
            }
        }
        return found;
    }

    /** Collects the text of every value (or list element) under the given keys, at any depth. */
    private static void collect(JsonNode node, Set<String> keys, List<String> into) {
        node.fields().forEachRemaining(e -> {
            if (keys.contains(e.getKey()) && e.getValue().isTextual()) {
                into.add(e.getValue().asText());
            } else if (keys.contains(e.getKey()) && e.getValue().isArray()) {
                e.getValue().forEach(v -> into.add(v.asText()));
            }
        });
        node.elements().forEachRemaining(child -> collect(child, keys, into));
    }

    private static String valueOf(List<String> command, String option) {
        return command.get(command.indexOf(option) + 1);
    }

    private static CliEnvironment environment() {
        return new CliEnvironment(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                new ByteArrayInputStream(new byte[0]), region -> null, () -> null, false, Path.of("."));
    }
}
