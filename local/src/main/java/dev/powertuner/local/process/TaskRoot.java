package dev.powertuner.local.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** LAMBDA_TASK_ROOT: a directory used as it is, or a jar/zip extracted as Lambda extracts a deployment package. */
record TaskRoot(Path dir) {

    static TaskRoot of(Path code, Path workDir) {
        if (Files.isDirectory(code)) {
            return new TaskRoot(code);
        }
        try {
            Path dir = Files.createTempDirectory(workDir, "task-");
            extract(code, dir);
            return new TaskRoot(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract " + code + ": " + e.getMessage(), e);
        }
    }

    static TaskRoot empty(Path dir) {
        try {
            return new TaskRoot(Files.createDirectories(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void extract(Path archive, Path dir) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path target = dir.resolve(entry.getName()).normalize();
                if (!target.startsWith(dir)) {
                    throw new IOException("entry outside the package: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                // zip keeps no Unix mode here; a provided runtime's bootstrap must stay runnable
                if (entry.getName().equals("bootstrap") || entry.getName().endsWith(".sh")) {
                    target.toFile().setExecutable(true);
                }
            }
        }
    }

    /** Deletes a directory tree, best effort (used for our own temporary directories only). */
    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort
        }
    }
}
