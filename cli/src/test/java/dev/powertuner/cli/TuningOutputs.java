package dev.powertuner.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Tuning outputs shaped as {@code --json} prints them, built for tests. */
final class TuningOutputs {

    private TuningOutputs() {
    }

    /**
     * One memory size of an output.
     *
     * @param p50 median duration; null leaves p50 and p90 out (an output without them)
     */
    record Size(int power, double duration, double cost, Double p50, Double p90, String errorType) {

        /** The same size with a median and 90th percentile. */
        Size spread(double median, double percentile90) {
            return new Size(power, duration, cost, median, percentile90, errorType);
        }
    }

    /** A measured size whose p50 and p90 equal its average (no variation). */
    static Size size(int power, double duration, double cost) {
        return new Size(power, duration, cost, duration, duration, null);
    }

    /** A measured size without p50 and p90. */
    static Size bare(int power, double duration, double cost) {
        return new Size(power, duration, cost, null, null, null);
    }

    static Size failed(int power, String errorType) {
        return new Size(power, 0, 0, null, null, errorType);
    }

    /** An output whose optimum is {@code power}; {@code function} and {@code architecture} may be null (left out). */
    static String output(int power, String function, String architecture, Size... sizes) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        Size optimum = List.of(sizes).stream().filter(s -> s.power() == power).findFirst().orElseThrow();
        o.put("power", power).put("cost", optimum.cost()).put("duration", optimum.duration());
        List<Visualization.Point> points = new ArrayList<>();
        ArrayNode stats = Json.MAPPER.createArrayNode();
        for (Size s : sizes) {
            ObjectNode entry = stats.addObject().put("value", s.power());
            if (s.errorType() != null) {
                entry.put("failed", true).put("errorType", s.errorType()).put("errorMessage", "boom");
                continue;
            }
            entry.put("averagePrice", s.cost()).put("averageDuration", s.duration());
            if (s.p50() != null) {
                entry.put("p50Duration", s.p50()).put("p90Duration", s.p90());
            }
            points.add(new Visualization.Point(s.power(), s.duration(), s.cost()));
        }
        o.putObject("stateMachine").put("executionCost", 3.0e-4).put("lambdaCost", 1.0e-5)
                .put("visualization", Visualization.DEFAULT_BASE + "#" + Visualization.hash(points));
        o.set("stats", stats);
        o.put("currency", "USD");
        if (architecture != null) {
            o.put("architecture", architecture);
        }
        if (function != null) {
            o.put("functionName", function);
        }
        return Json.compact(o);
    }

    static Path write(Path dir, String name, String json) {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, json, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
