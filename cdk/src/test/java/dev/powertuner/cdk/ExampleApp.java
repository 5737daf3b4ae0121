package dev.powertuner.cdk;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import software.amazon.awscdk.assertions.Template;

/**
 * Test support: examples/cdk-app copied to a directory outside the repository and synthesized by a Maven of its own
 * whose local repository holds only what the build installed there (the library and the parent pom). Every other
 * artifact is a release, read from the build's repository through a {@code file:} URL (Central after it).
 */
final class ExampleApp {
    static final long TIMEOUT_MINUTES = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path copy;
    private final Path log;

    private ExampleApp(Path copy) {
        this.copy = copy;
        this.log = copy.resolve("synth.log");
    }

    /** The example as found next to the build (system property {@code powertuner.exampleApp}). */
    static Path source() {
        return Paths.get(System.getProperty("powertuner.exampleApp", "../examples/cdk-app")).toAbsolutePath().normalize();
    }

    /** The repository the build installed the library into (system property {@code powertuner.exampleRepository}). */
    static Path installedRepository() {
        return Paths.get(System.getProperty("powertuner.exampleRepository", "target/example-app/repository"))
                .toAbsolutePath().normalize();
    }

    /** Copies the example (sources, pom, cdk.json) into {@code work}/cdk-app and synthesizes it there. */
    static ExampleApp synthesize(Path work) throws IOException, InterruptedException {
        ExampleApp app = new ExampleApp(work.resolve("cdk-app"));
        copyTree(source(), app.copy);
        Path settings = app.writeSettings(work.resolve("settings.xml"));
        app.run(settings);
        return app;
    }

    Path directory() {
        return copy;
    }

    Path cloudAssembly() {
        return copy.resolve("cdk.out");
    }

    /** The synthesized template of one stack. */
    @SuppressWarnings("unchecked")
    Template template(String stackName) throws IOException {
        Path file = cloudAssembly().resolve(stackName + ".template.json");
        return Template.fromJSON(JSON.readValue(file.toFile(), Map.class));
    }

    private Path writeSettings(Path file) throws IOException {
        String buildRepository = Paths.get(System.getProperty("powertuner.buildRepository",
                Paths.get(System.getProperty("user.home"), ".m2", "repository").toString())).toUri().toString();
        String repository = "<id>powertuner-build</id><url>" + buildRepository + "</url>"
                + "<releases><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></releases>"
                + "<snapshots><enabled>false</enabled></snapshots>";
        String settings = "<settings><localRepository>" + installedRepository() + "</localRepository>"
                + "<profiles><profile><id>build-repository</id>"
                + "<repositories><repository>" + repository + "</repository></repositories>"
                + "<pluginRepositories><pluginRepository>" + repository + "</pluginRepository></pluginRepositories>"
                + "</profile></profiles>"
                + "<activeProfiles><activeProfile>build-repository</activeProfile></activeProfiles></settings>";
        return Files.writeString(file, settings);
    }

    private void run(Path settings) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(maven(), "-B", "-q", "-s", settings.toString(),
                "compile", "exec:java"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(copy.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("CDK_OUTDIR", cloudAssembly().toString());
        builder.environment().put("MAVEN_OPTS", "-Xmx1g");
        builder.environment().put("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20");
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the example app did not synthesize within " + TIMEOUT_MINUTES + " minutes:\n"
                    + output());
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("the example app failed to synthesize (" + String.join(" ", command) + "):\n"
                    + output());
        }
    }

    /** What the example's Maven printed. */
    String output() throws IOException {
        return Files.isRegularFile(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    private static String maven() {
        String home = System.getProperty("maven.home");
        return home == null ? "mvn" : Paths.get(home, "bin", "mvn").toString();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.filter(path -> !from.relativize(path).startsWith("target") && !from.relativize(path).startsWith("cdk.out"))
                    .forEach(path -> copy(path, to.resolve(from.relativize(path).toString())));
        }
    }

    private static void copy(Path from, Path to) {
        try {
            if (Files.isDirectory(from)) {
                Files.createDirectories(to);
            } else {
                Files.copy(from, to);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
