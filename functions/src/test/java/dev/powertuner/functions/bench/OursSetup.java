package dev.powertuner.functions.bench;

import dev.powertuner.functions.TestContext;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The ways {@link ExecutorCpuBench} starts our Executor: JVM defaults; Lambda's JVM options; those with the classes
 * extracted to a directory, as Lambda extracts a deployment package to {@code /var/task}; those with a class-data
 * sharing archive made by one training run (a JVM option a user could add through {@code JAVA_TOOL_OPTIONS}); and
 * primed, the SnapStart case, where only the invocation is counted. The bench child goes into a jar of its own,
 * because the JVM archives no classes from directories.
 */
final class OursSetup {

    private final Path work;
    private final String jarClasspath;
    private final String extractedClasspath;
    private final Path archive;

    private OursSetup(Path work, String jarClasspath, String extractedClasspath, Path archive) {
        this.work = work;
        this.jarClasspath = jarClasspath;
        this.extractedClasspath = extractedClasspath;
        this.archive = archive;
    }

    static OursSetup create(Path work, Path shadedJar) throws IOException, URISyntaxException {
        Path childJar = childJar(work.resolve("bench-child.jar"));
        Path extracted = extract(shadedJar, work.resolve("task"));
        return new OursSetup(work, shadedJar + File.pathSeparator + childJar,
                extracted + File.pathSeparator + childJar, work.resolve("executor.jsa"));
    }

    /** Name to JVM options and class path. */
    Map<String, List<String>> variants() {
        Map<String, List<String>> variants = new LinkedHashMap<>();
        variants.put("JVM defaults", List.of("-cp", jarClasspath));
        variants.put("Lambda's JVM options", lambda("-cp", jarClasspath));
        variants.put("Lambda's options, classes extracted", lambda("-cp", extractedClasspath));
        variants.put("Lambda's options + CDS archive", lambda("-XX:SharedArchiveFile=" + archive, "-cp",
                jarClasspath));
        variants.put("Lambda's options, SnapStart: invocation only", lambda("-Dbench.prime=true", "-cp",
                jarClasspath));
        return variants;
    }

    /** The options of the training run that writes the archive. */
    List<String> cds() {
        return lambda("-XX:ArchiveClassesAtExit=" + archive, "-cp", jarClasspath);
    }

    /** Runs the training run once (the first call); the archive then serves both modes. */
    void train(ProcessBuilder training) throws IOException, InterruptedException {
        if (Files.exists(archive)) {
            return;
        }
        Process p = training.redirectErrorStream(true).start();
        p.getInputStream().transferTo(OutputStream.nullOutputStream());
        if (p.waitFor() != 0 || !Files.exists(archive)) {
            throw new IllegalStateException("the CDS training run failed: " + training.command());
        }
    }

    void delete() throws IOException {
        try (Stream<Path> files = Files.walk(work)) {
            for (Path f : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(f);
            }
        }
    }

    private static List<String> lambda(String... more) {
        List<String> options = new ArrayList<>(ExecutorCpuBench.LAMBDA_JVM_OPTIONS);
        options.addAll(List.of(more));
        return options;
    }

    private static Path childJar(Path jar) throws IOException, URISyntaxException {
        Path classes = Path.of(HandlerBenchChild.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Class<?> c : List.of(HandlerBenchChild.class, TestContext.class)) {
                String dir = c.getPackageName().replace('.', '/');
                try (Stream<Path> files = Files.list(classes.resolve(dir))) {
                    for (Path f : (Iterable<Path>) files.filter(f -> f.getFileName().toString()
                            .startsWith(c.getSimpleName()))::iterator) {
                        out.putNextEntry(new JarEntry(dir + "/" + f.getFileName()));
                        Files.copy(f, out);
                        out.closeEntry();
                    }
                }
            }
        }
        return jar;
    }

    private static Path extract(Path jar, Path dir) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Path target = dir.resolve(e.getName()).normalize();
                if (!target.startsWith(dir)) {
                    throw new IOException("entry outside the directory: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    copy(in, target);
                }
            }
        }
        return dir;
    }

    private static void copy(InputStream in, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            in.transferTo(out);
        }
    }
}
