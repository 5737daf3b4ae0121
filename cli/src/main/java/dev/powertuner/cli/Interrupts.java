package dev.powertuner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * What Ctrl-C (or a kill) stops. Commands register what they start, with the words for it; when the JVM is stopped
 * before the command ends, one shutdown hook stops everything still registered, newest first, and prints one line
 * saying what was stopped. Only the real entry point installs the hook; tests use an instance without it.
 */
final class Interrupts {
    private static final long STOP_WAIT_SECONDS = 5;

    /** Something running that Ctrl-C must stop. */
    private record Entry(String what, Runnable stop) {
    }

    private final Deque<Entry> running = new ConcurrentLinkedDeque<>();
    private final AtomicBoolean completed = new AtomicBoolean();

    /** Registers {@code stop}; closing the handle (the normal end) unregisters it without running it. */
    Handle register(String what, Runnable stop) {
        Entry entry = new Entry(what, stop);
        running.push(entry);
        return () -> running.remove(entry);
    }

    /** Unregisters an entry. */
    interface Handle extends AutoCloseable {
        @Override
        void close();
    }

    /** The command ended on its own: the hook does nothing. */
    void completed() {
        completed.set(true);
    }

    /** Installs the JVM shutdown hook that reports on {@code err} as {@code command}. */
    void install(PrintWriter err, String command) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> interrupted(err, command), "powertuner-interrupt"));
    }

    /** Stops everything still registered and prints the one line; nothing when the command had completed. */
    void interrupted(PrintWriter err, String command) {
        if (completed.get()) {
            return;
        }
        List<String> stopped = new ArrayList<>();
        for (Entry entry = running.poll(); entry != null; entry = running.poll()) {
            try {
                entry.stop().run();
            } catch (RuntimeException e) {
                // stopping the rest matters more than this failure
            }
            stopped.add(entry.what());
        }
        err.println(command + ": interrupted" + (stopped.isEmpty() ? "" : "; stopped " + String.join(", ", stopped)));
        err.flush();
    }

    /**
     * Stops the child processes of this JVM whose command line contains {@code marker}, and deletes the temporary
     * directory holding the script they run (the argument that ends with {@code marker}).
     */
    static void stopChildren(String marker, String tempPrefix) {
        ProcessHandle.current().descendants().forEach(child -> {
            List<String> args = List.of(child.info().arguments().orElse(new String[0]));
            if (args.stream().noneMatch(a -> a.contains(marker))) {
                return;
            }
            child.destroy();
            try {
                child.onExit().get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (Exception e) {
                child.destroyForcibly();
            }
            args.stream().filter(a -> a.endsWith(marker)).map(a -> Path.of(a).getParent())
                    .filter(dir -> dir != null && dir.getFileName().toString().startsWith(tempPrefix))
                    .forEach(Interrupts::deleteTree);
        });
    }

    /**
     * Deletes the temporary directories named {@code tempPrefix}* created since {@code since} that no running process
     * names on its command line: scripts extracted by a start-up that was stopped before it started its process.
     */
    static void deleteOrphans(String tempPrefix, Instant since) {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<String> inUse = ProcessHandle.allProcesses().map(p -> p.info().commandLine().orElse("")).toList();
        try (Stream<Path> dirs = Files.list(tmp)) {
            dirs.filter(dir -> dir.getFileName().toString().startsWith(tempPrefix))
                    .filter(dir -> created(dir).isAfter(since))
                    .filter(dir -> inUse.stream().noneMatch(line -> line.contains(dir.toString())))
                    .forEach(Interrupts::deleteTree);
        } catch (IOException | UncheckedIOException ignored) {
            // the JVM is stopping; nothing else can be done
        }
    }

    private static Instant created(Path dir) {
        try {
            return Files.readAttributes(dir, BasicFileAttributes.class).creationTime().toInstant();
        } catch (IOException e) {
            return Instant.MIN;
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // the JVM is stopping; nothing else can be done
        }
    }
}
