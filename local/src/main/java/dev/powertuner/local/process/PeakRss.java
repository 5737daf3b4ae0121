package dev.powertuner.local.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The peak resident set of one process (Linux VmHWM), for machines where no cgroup measures the whole tree. */
final class PeakRss {
    private PeakRss() {
    }

    /** Bytes, or -1 when unknown (not Linux, or the process is gone). */
    static long of(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
