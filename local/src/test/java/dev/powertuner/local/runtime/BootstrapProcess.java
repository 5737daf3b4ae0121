package dev.powertuner.local.runtime;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;

/**
 * A bootstrap run as a child process against a {@link RuntimeApiFake}, with cwd = the fixture directory and the
 * environment Lambda sets. Tests skip (an assumption) when the interpreter is not on PATH.
 */
final class BootstrapProcess implements AutoCloseable {
    static final String FUNCTION_NAME = "fixture";
    static final String MEMORY_SIZE = "512";
    static final String LOG_GROUP = "/aws/lambda/fixture";
    static final String LOG_STREAM = "2024/01/01/[$LATEST]0123456789abcdef0123456789abcdef";
    private static final String RESOURCES = "/dev/powertuner/local/runtime/";
    private static final long WAIT_SECONDS = 20;

    enum Language {
        NODE("node", "node/bootstrap.mjs"),
        PYTHON("python3", "python/bootstrap.py");

        final String binary;
        final String script;

        Language(String binary, String script) {
            this.binary = binary;
            this.script = script;
        }
    }

    private final Process process;
    private final List<String> stdout = new CopyOnWriteArrayList<>();
    private final List<String> stderr = new CopyOnWriteArrayList<>();

    private BootstrapProcess(Process process) {
        this.process = process;
        pump(process.getInputStream(), stdout);
        pump(process.getErrorStream(), stderr);
    }

    /**
     * Starts a bootstrap for {@code handler} in the fixture directory {@code process/<fixture>} of the test classpath.
     * The script is copied into {@code scratch} first, as Local Lambda extracts it from its jar.
     */
    static BootstrapProcess start(Language language, String fixture, String handler, RuntimeApiFake api, Path scratch,
                                  Map<String, String> extraEnv) throws IOException {
        Optional<Path> binary = onPath(language.binary);
        Assumptions.assumeTrue(binary.isPresent(),
                language.binary + " is not on PATH: the " + language + " bootstrap tests need it");
        Path taskRoot = fixture(fixture);
        Path script = scratch.resolve(Path.of(language.script).getFileName());
        try (InputStream in = BootstrapProcess.class.getResourceAsStream(RESOURCES + language.script)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCES + language.script);
            }
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> command = new ArrayList<>(List.of(binary.get().toString()));
        if (language == Language.PYTHON) {
            command.add("-u");
        }
        command.add(script.toString());
        ProcessBuilder builder = new ProcessBuilder(command).directory(taskRoot.toFile());
        builder.environment().clear();
        builder.environment().putAll(lambdaEnvironment(api.address(), handler, taskRoot));
        builder.environment().putAll(extraEnv);
        return new BootstrapProcess(builder.start());
    }

    static Map<String, String> lambdaEnvironment(String runtimeApi, String handler, Path taskRoot) {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
        env.put("_HANDLER", handler);
        env.put("LAMBDA_TASK_ROOT", taskRoot.toString());
        env.put("AWS_LAMBDA_FUNCTION_NAME", FUNCTION_NAME);
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", MEMORY_SIZE);
        env.put("AWS_REGION", "eu-west-1");
        env.put("AWS_DEFAULT_REGION", "eu-west-1");
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", LOG_GROUP);
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", LOG_STREAM);
        env.put("AWS_LAMBDA_LOG_FORMAT", "Text");
        env.put("TZ", ":UTC");
        env.put("PYTHONDONTWRITEBYTECODE", "1"); // no __pycache__ next to the fixtures
        return env;
    }

    static Path fixture(String fixture) {
        URL url = BootstrapProcess.class.getResource("/process/" + fixture);
        if (url == null) {
            throw new IllegalStateException("Missing fixture process/" + fixture);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Path> onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir).resolve(name);
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Waits until a line of standard output matches; the line was written before the response it belongs to. */
    String awaitStdoutLine(Predicate<String> matching) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            Optional<String> line = stdout.stream().filter(matching).findFirst();
            if (line.isPresent()) {
                return line.get();
            }
            Thread.sleep(10);
        }
        throw new AssertionError("No matching line on stdout: " + stdout + "\nstderr: " + stderr);
    }

    List<String> stdout() {
        return List.copyOf(stdout);
    }

    /** Waits for the process to end and returns its exit code. */
    int awaitExit() throws InterruptedException {
        if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
            throw new AssertionError("The bootstrap is still running; stdout: " + stdout + "\nstderr: " + stderr);
        }
        return process.exitValue();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
    }

    /** Collects lines split on '\n' only: a carriage return inside a log record (Lambda's multi-line form) stays in it. */
    private static void pump(InputStream stream, List<String> sink) {
        Thread thread = new Thread(() -> {
            try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
                StringBuilder line = new StringBuilder();
                for (int c = reader.read(); c != -1; c = reader.read()) {
                    if (c == '\n') {
                        sink.add(line.toString());
                        line.setLength(0);
                    } else {
                        line.append((char) c);
                    }
                }
                if (line.length() > 0) {
                    sink.add(line.toString());
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "bootstrap-output");
        thread.setDaemon(true);
        thread.start();
    }
}
