package dev.powertuner.cli;

import dev.powertuner.core.model.Limits;
import dev.powertuner.core.model.TuningInput;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** Checks of option values that the run would otherwise trip over later: ranges, names, files and ports. */
final class OptionChecks {
    /** Step Functions execution names: 1–80 characters, none of white space, brackets, wildcards or punctuation. */
    private static final Pattern EXECUTION_NAME = Pattern.compile("[^\\s<>{}\\[\\]?*\"#%\\\\^|~`$&,;:/\\x00-\\x1f\\x7f-\\x9f]{1,80}");

    private OptionChecks() {
    }

    /** {@code value} must be a finite number in [min, max]; {@code rule} says why when it is not. */
    static void range(String option, Double value, double min, double max, String rule) {
        if (value != null && !(value >= min && value <= max)) {
            throw new UsageException(option + " " + show(value) + " is out of range: " + rule);
        }
    }

    /** Thresholds and names of {@code run}, {@code local} and {@code demo}. */
    static void output(OutputOptions o) {
        range("--max-cost", o.maxCost, 0, Double.MAX_VALUE, "a price per invocation of 0 or more");
        range("--max-duration", o.maxDuration, 0, Limits.LAMBDA_MAX_MILLIS,
                "milliseconds from 0 to " + Limits.LAMBDA_MAX_MILLIS + " (Lambda stops a function after 15 minutes)");
        if (o.expectPower != null) {
            range("--expect-power", o.expectPower.doubleValue(), TuningInput.MIN_MEMORY, TuningInput.MAX_MEMORY,
                    "a memory size from " + TuningInput.MIN_MEMORY + " to " + TuningInput.MAX_MEMORY + " MB");
        }
        if (o.pollIntervalMs > 60_000) {
            throw new UsageException("--poll-interval-ms " + o.pollIntervalMs + " is out of range: at most 60000");
        }
        if (o.executionName != null && !EXECUTION_NAME.matcher(o.executionName).matches()) {
            throw new UsageException("--execution-name '" + o.executionName + "' is not a valid Step Functions execution name:"
                    + " 1 to 80 characters, without spaces, brackets, wildcards or any of \" # % \\ ^ | ~ ` $ & , ; : /");
        }
        if (o.html != null) {
            writable("--html", o.html);
        }
    }

    /** Fails now when {@code file} could not be written after the run: a directory, read-only, or no writable parent. */
    static void writable(String option, String file) {
        Path path;
        try {
            path = Path.of(file).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw new UsageException(option + " " + file + ": not a usable file name (" + e.getReason() + ")", e);
        }
        if (Files.isDirectory(path)) {
            throw new UsageException(option + " " + file + " is a directory; give a file name");
        }
        if (Files.exists(path)) {
            if (!Files.isWritable(path)) {
                throw new UsageException(option + " " + file + " cannot be written: permission denied");
            }
            return;
        }
        Path dir = path.getParent();
        while (dir != null && !Files.exists(dir)) {
            dir = dir.getParent();
        }
        if (dir == null || !Files.isDirectory(dir) || !Files.isWritable(dir)) {
            throw new UsageException(option + " " + file + " cannot be written: "
                    + (dir == null || !Files.isDirectory(dir) ? "its directory cannot be created" : dir + " is not writable"));
        }
    }

    /** Fails when {@code port} on 127.0.0.1 is taken (0 picks a free port and always works). */
    static void portFree(int port) {
        if (port < 0 || port > 65_535) {
            throw new UsageException("--port " + port + " is out of range: 0 (a free port) to 65535");
        }
        if (port == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new UsageException("--port " + port + ": the port is already in use on 127.0.0.1 (another Local Lambda?);"
                    + " choose another, or --port 0 for a free one", e);
        }
    }

    static String show(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }
}
