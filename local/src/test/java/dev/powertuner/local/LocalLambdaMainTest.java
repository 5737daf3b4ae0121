package dev.powertuner.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalLambdaMainTest {
    private static final String FUNCTIONS = "{\"functions\": [{\"name\": \"demo\", \"memorySize\": 128, "
            + "\"timeout\": 30, \"architecture\": \"x86_64\", \"logFormat\": \"Text\", \"profile\": {\"cpuMs\": 400, "
            + "\"ioMs\": 100, \"memoryMb\": 150}}, {\"name\": \"big\", \"memorySize\": 1769, \"timeout\": 30, "
            + "\"profile\": {\"cpuMs\": 400, \"ioMs\": 100, \"initMs\": 250}}]}";

    @Test
    void usageErrorsReturnTwo() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int code = LocalLambdaMain.run(new String[] {"--bogus", "1"}, new PrintStream(out, true,
                StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("unknown option --bogus").contains("usage:");
    }

    @Test
    void unreadableFunctionsFileReturnsOne(@TempDir Path dir) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int code = LocalLambdaMain.run(new String[] {"--functions", dir.resolve("missing.json").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("cannot read functions file").contains("missing.json");
    }

    @Test
    void startPrintsEndpointAndFunctionArns(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("functions.json");
        Files.writeString(file, FUNCTIONS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        try (LocalLambda lambda = LocalLambdaMain.start(new String[] {"--port", "0", "--functions", file.toString(),
            "--region", "eu-central-1"}, new PrintStream(out, true, StandardCharsets.UTF_8))) {
            assertThat(out.toString(StandardCharsets.UTF_8))
                    .contains("Local Lambda listening on " + lambda.endpoint())
                    .contains("arn:aws:lambda:eu-central-1:000000000000:function:demo");
            assertThat(lambda.snapshot("big").memorySize()).isEqualTo(1769);
        }
    }

    @Test
    void standaloneProcessServesCurl(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("functions.json");
        Files.writeString(file, FUNCTIONS);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), LocalLambdaMain.class.getName(),
                "--port", "0", "--functions", file.toString()).redirectErrorStream(true);
        // the JVM announces JAVA_TOOL_OPTIONS on stderr before main runs, as on many CI machines
        builder.environment().put("JAVA_TOOL_OPTIONS", "-Dpowertuner.test=1");
        Process server = builder.start();
        try {
            String endpoint = listeningEndpoint(new BufferedReader(new InputStreamReader(server.getInputStream(),
                    StandardCharsets.UTF_8)));

            String config = curl("-s", endpoint + "/2015-03-31/functions/demo/configuration");
            String invoke = curl("-s", "-i", "-X", "POST", "-H", "X-Amz-Log-Type: Tail", "-d", "{\"a\":1}",
                    endpoint + "/2015-03-31/functions/"
                            + "arn%3Aaws%3Alambda%3Aus-east-1%3A000000000000%3Afunction%3Abig/invocations");
            String missing = curl("-s", "-i", endpoint + "/2015-03-31/functions/nope/configuration");

            assertThat(config).contains("\"MemorySize\":128").contains("\"FunctionName\":\"demo\"");
            assertThat(invoke).startsWith("HTTP/1.1 200").contains("{\"a\":1}");
            Matcher logHeader = Pattern.compile("(?i)x-amz-log-result: (\\S+)").matcher(invoke);
            assertThat(logHeader.find()).isTrue();
            assertThat(new String(Base64.getDecoder().decode(logHeader.group(1)), StandardCharsets.UTF_8))
                    .contains("\tDuration: 500.00 ms\tBilled Duration: 750 ms\tMemory Size: 1769 MB")
                    .contains("\tInit Duration: 250.00 ms");
            assertThat(missing).startsWith("HTTP/1.1 404").containsIgnoringCase("x-amzn-errortype: "
                    + "ResourceNotFoundException");
        } finally {
            server.destroy();
            assertThat(server.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void sigtermStopsEveryProcessModeEnvironmentAndRemovesItsCgroups(@TempDir Path dir) throws Exception {
        Path code = Files.createDirectories(dir.resolve("fn"));
        Files.writeString(code.resolve("index.mjs"), "export const handler = async () => 'up';\n");
        Path file = Files.writeString(dir.resolve("functions.json"), "{\"functions\": [{\"name\": \"node\", "
                + "\"runtime\": \"nodejs20.x\", \"handler\": \"index.handler\", \"code\": \"fn\"}]}");
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LocalLambdaMain.class.getName(), "--port", "0",
                "--functions", file.toString()).redirectErrorStream(true).start();
        List<ProcessHandle> environments;
        try {
            String endpoint = listeningEndpoint(new BufferedReader(new InputStreamReader(server.getInputStream(),
                    StandardCharsets.UTF_8)));
            String invoke = curl("-s", "-X", "POST", "-d", "{}", endpoint + "/2015-03-31/functions/node/invocations");
            assertThat(invoke).isEqualTo("\"up\"");
            environments = server.descendants().collect(java.util.stream.Collectors.toList());
            assertThat(environments).isNotEmpty();
        } finally {
            server.destroy();
            assertThat(server.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(environments).noneMatch(ProcessHandle::isAlive);
        try (java.util.stream.Stream<Path> groups = Files.list(Path.of("/sys/fs/cgroup/memory"))) {
            assertThat(groups.map(g -> g.getFileName().toString()))
                    .noneMatch(n -> n.startsWith("powertuner-" + server.pid() + "-"));
        } catch (java.nio.file.NoSuchFileException e) {
            // no cgroup v1 on this machine: there was no group to leave behind
        }
    }

    /** The endpoint of the first "listening on" line; whatever the JVM printed before it is skipped. */
    private static String listeningEndpoint(BufferedReader reader) throws IOException {
        Pattern listening = Pattern.compile("listening on (http://127\\.0\\.0\\.1:[0-9]+)");
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            Matcher m = listening.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("the server exited without printing its endpoint");
    }

    private static String curl(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add("curl");
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}
