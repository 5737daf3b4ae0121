package dev.powertuner.local.limits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** File operations on cgroup directories, common to v1 and v2. */
final class Cgroups {
    /** Prefix of every cgroup Local Lambda creates: {@code powertuner-<owner pid>-<n>}. */
    static final String PREFIX = "powertuner-";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final long KILL_WAIT_MS = 5_000;

    private Cgroups() {
    }

    /** A new name owned by this JVM; {@code label} (a function name) helps a reader of /sys/fs/cgroup. */
    static String newName(String label) {
        String safe = label.replaceAll("[^A-Za-z0-9_-]", "_");
        return PREFIX + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet() + "-" + safe;
    }

    static void write(Path file, String value) {
        try {
            Files.writeString(file, value, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + value + " to " + file + ": " + e.getMessage(), e);
        }
    }

    static Optional<String> read(Path file) {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.US_ASCII).trim());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static long readLong(Path file) {
        return read(file).map(s -> s.isEmpty() ? -1L : Long.parseLong(s.split("\\s+")[0])).orElse(-1L);
    }

    /** The value of {@code key} in a flat-keyed file such as memory.events or memory.oom_control. */
    static long keyed(Path file, String key) {
        for (String line : read(file).orElse("").split("\n")) {
            String[] kv = line.trim().split("\\s+");
            if (kv.length == 2 && kv[0].equals(key)) {
                return Long.parseLong(kv[1]);
            }
        }
        return 0;
    }

    static void mkdir(Path dir) {
        try {
            Files.createDirectory(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the cgroup " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Kills every process of the group, waits until it is empty, and removes it; missing groups are fine. */
    static void destroy(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        long deadline = System.currentTimeMillis() + KILL_WAIT_MS;
        List<Long> pids = pids(dir);
        while (!pids.isEmpty() && System.currentTimeMillis() < deadline) {
            pids.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
            sleep();
            pids = pids(dir);
        }
        try {
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // cgroupfs refuses rmdir while a dying process is still accounted; the next start removes it
        }
    }

    static List<Long> pids(Path dir) {
        List<Long> pids = new ArrayList<>();
        for (String line : read(dir.resolve("cgroup.procs")).orElse("").split("\n")) {
            if (!line.isBlank()) {
                pids.add(Long.parseLong(line.trim()));
            }
        }
        return pids;
    }

    /** Destroys the groups under {@code parent} whose owning JVM no longer runs. */
    static void removeStale(Path parent) {
        try (DirectoryStream<Path> groups = Files.newDirectoryStream(parent, PREFIX + "*")) {
            for (Path group : groups) {
                String[] parts = group.getFileName().toString().substring(PREFIX.length()).split("-", 2);
                boolean ownerAlive = parts[0].matches("[0-9]+")
                        && ProcessHandle.of(Long.parseLong(parts[0])).map(ProcessHandle::isAlive).orElse(false);
                if (!ownerAlive) {
                    destroy(group);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // nothing to clean, or not ours to clean
        }
    }

    /** {@code sh -c} that moves itself into the given cgroup.procs files, then execs the command. */
    static List<String> enterAndExec(List<Path> procsFiles, List<String> command) {
        StringBuilder script = new StringBuilder();
        for (Path procs : procsFiles) {
            script.append("echo $$ > '").append(procs).append("' && ");
        }
        script.append("exec \"$@\"");
        List<String> wrapped = new ArrayList<>(List.of("/bin/sh", "-c", script.toString(), "sh"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
