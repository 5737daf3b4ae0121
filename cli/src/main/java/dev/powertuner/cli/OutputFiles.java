package dev.powertuner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files the CLI writes after a run ({@code --markdown}, {@code --junit}): checked before it starts, written after. */
final class OutputFiles {

    private OutputFiles() {
    }

    /**
     * Refuses, before anything runs, a path that cannot be written: an existing directory or read-only file, or a
     * missing directory that cannot be created because a file or a read-only directory is in the way.
     */
    static void checkWritable(Path file, String option) {
        if (file == null) {
            return;
        }
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new UsageException(option + " " + file + " is a directory; give a file name");
        }
        if (Files.exists(target)) {
            if (!Files.isWritable(target)) {
                throw new UsageException(option + " " + file + " is not writable");
            }
            return;
        }
        Path existing = target.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            throw new UsageException(option + " " + file + " cannot be written: " + existing + " is not a directory");
        }
        if (!Files.isWritable(existing)) {
            throw new UsageException(option + " " + file + " cannot be written: the directory " + existing + " is not writable");
        }
    }

    /** Writes {@code text}, creating missing directories, and says where on {@code log}. */
    static void write(Path file, String text, String what, PrintWriter log) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
            log.println(what + " written to " + file.toAbsolutePath());
        } catch (IOException e) {
            throw new UsageException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
