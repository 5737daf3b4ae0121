package dev.powertuner.local.sfn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** The node process behind {@link LocalStepFunctions}: scripts, command line, environment, output pumps. */
final class ServerProcess {
    private static final String RESOURCE_DIR = "/dev/powertuner/local/sfn/";
    private static final String SERVER = "sfn-server.mjs";
    private static final String POLYFILL = "polyfill.mjs";

    private ServerProcess() {
    }

    /** The node command line and a clean AWS environment: region, dummy credentials, the Lambda endpoint. */
    static ProcessBuilder builder(LocalStepFunctions.Options options, Path nodeModules, Path dir) {
        List<String> command = new ArrayList<>(List.of(options.nodeExecutable, "--no-warnings",
                "--import", dir.resolve(POLYFILL).toUri().toString(), dir.resolve(SERVER).toString(),
                "--node-modules", nodeModules.toString(), "--port", Integer.toString(options.port),
                "--region", options.region, "--account", options.account));
        if (options.retryIntervalMillis >= 0) {
            command.add("--retry-interval-ms");
            command.add(Long.toString(options.retryIntervalMillis));
        }
        if (!options.trustedDefinitions.isEmpty()) {
            command.add("--trusted-definitions");
            command.add(String.join(",", options.trustedDefinitions));
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = builder.environment();
        env.remove("NODE_OPTIONS");
        env.remove("AWS_PROFILE");
        env.remove("AWS_SESSION_TOKEN");
        env.remove("AWS_ENDPOINT_URL");
        env.put("AWS_REGION", options.region);
        env.put("AWS_DEFAULT_REGION", options.region);
        env.put("AWS_ACCESS_KEY_ID", "local");
        env.put("AWS_SECRET_ACCESS_KEY", "local");
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("AWS_MAX_ATTEMPTS", "1");
        if (options.lambdaEndpoint != null) {
            env.put("AWS_ENDPOINT_URL_LAMBDA", options.lambdaEndpoint.toString());
        } else {
            env.remove("AWS_ENDPOINT_URL_LAMBDA");
        }
        return builder;
    }

    /** Copies the server and the polyfill from the classpath into a fresh temp directory. */
    static Path extractScripts() {
        try {
            Path dir = Files.createTempDirectory("powertuner-sfn");
            for (String name : new String[] {SERVER, POLYFILL}) {
                try (InputStream in = ServerProcess.class.getResourceAsStream(RESOURCE_DIR + name)) {
                    if (in == null) {
                        throw new IllegalStateException("Missing resource " + RESOURCE_DIR + name);
                    }
                    Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot extract the local Step Functions scripts", e);
        }
    }

    /** Feeds each line of a stream to a sink on a daemon thread. */
    static void pump(InputStream stream, String name, Consumer<String> sink) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    sink.accept(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
