package dev.powertuner.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A tuning result read from the state machine's output (docs/compatibility.md, "Output"). Rows come
 * from {@code stats} when present, else from the visualization URL plus {@code failedPowerValues}.
 *
 * @param power         the optimum (null when the output has none)
 * @param visualization the public visualization URL (null when absent)
 * @param fromStats     true when the rows came from {@code stats}
 * @param functionName  the tuned function's name (null when the output does not say: older outputs, the reference's)
 * @param projection    the output's {@code projection} object (null without traffic)
 * @param adaptive      the output's {@code adaptive} object (null for a normal run)
 */
record TuningReport(Integer power, Double cost, Double duration, Double executionCost, Double lambdaCost,
                    String visualization, String currency, String architecture, List<Row> rows, boolean fromStats,
                    String functionName, JsonNode projection, JsonNode adaptive) {

    TuningReport {
        rows = List.copyOf(rows);
    }

    /**
     * One power value.
     *
     * @param duration average (trimmed) duration in ms; null for failed values
     * @param p90      90th percentile duration; null when the output does not carry it
     * @param cost     average price of one invocation; null for failed values
     * @param p50      median duration; null when the output does not carry it
     */
    record Row(int power, Double duration, Double p90, Double cost, boolean failed, String errorType, String errorMessage,
               Double p50) {

        /** A row without a median. */
        Row(int power, Double duration, Double p90, Double cost, boolean failed, String errorType, String errorMessage) {
            this(power, duration, p90, cost, failed, errorType, errorMessage, null);
        }
    }

    static TuningReport fromOutput(JsonNode output) {
        if (output == null || !output.isObject()) {
            throw new UsageException("The output is not a tuning result (expected a JSON object with power, cost, duration)");
        }
        JsonNode machine = output.path("stateMachine");
        String viz = text(machine.get("visualization"));
        JsonNode stats = output.get("stats");
        boolean fromStats = stats != null && stats.isArray() && stats.size() > 0;
        List<Row> rows = fromStats ? rowsFromStats(stats) : rowsFromVisualization(viz, output.get("failedPowerValues"));
        JsonNode power = output.get("power");
        return new TuningReport(power != null && power.isNumber() ? power.intValue() : null,
                number(output.get("cost")), number(output.get("duration")),
                number(machine.get("executionCost")), number(machine.get("lambdaCost")), viz,
                text(output.get("currency")) == null ? "USD" : text(output.get("currency")),
                text(output.get("architecture")), rows, fromStats, text(output.get("functionName")),
                output.path("projection").isObject() ? output.get("projection") : null,
                output.path("adaptive").isObject() ? output.get("adaptive") : null);
    }

    private static List<Row> rowsFromStats(JsonNode stats) {
        List<Row> rows = new ArrayList<>();
        for (JsonNode s : stats) {
            boolean failed = s.path("failed").asBoolean(false);
            rows.add(new Row(s.path("value").asInt(), failed ? null : number(s.get("averageDuration")),
                    number(s.get("p90Duration")), failed ? null : number(s.get("averagePrice")), failed,
                    text(s.get("errorType")), text(s.get("errorMessage")), number(s.get("p50Duration"))));
        }
        rows.sort(Comparator.comparingInt(Row::power));
        return rows;
    }

    private static List<Row> rowsFromVisualization(String viz, JsonNode failedValues) {
        List<Row> rows = new ArrayList<>();
        if (viz != null) {
            for (Visualization.Point p : Visualization.decode(viz)) {
                rows.add(new Row(p.power(), p.duration(), null, p.cost(), false, null, null));
            }
        }
        if (failedValues != null && failedValues.isArray()) {
            for (JsonNode f : failedValues) {
                rows.add(new Row(f.path("power").asInt(), null, null, null, true,
                        text(f.get("errorType")), text(f.get("errorMessage"))));
            }
        }
        rows.sort(Comparator.comparingInt(Row::power));
        return rows;
    }

    /** The optimum's monthly cost under the traffic; null without a projection. */
    Double monthlyCost() {
        return projection == null ? null : number(projection.path("optimum").get("monthlyCost"));
    }

    /** The measured (not failed) rows. */
    List<Row> measured() {
        return rows.stream().filter(r -> !r.failed() && r.duration() != null && r.cost() != null).toList();
    }

    /** The row of one memory size; null when the output has none. */
    Row row(int power) {
        return rows.stream().filter(r -> r.power() == power).findFirst().orElse(null);
    }

    /** The hash part for comparisons: the output's own when present, else encoded from the rows. */
    String hash() {
        if (visualization != null && visualization.contains("#")) {
            return Visualization.hashOf(visualization);
        }
        return Visualization.hash(measured().stream()
                .map(r -> new Visualization.Point(r.power(), r.duration(), r.cost())).toList());
    }

    private static Double number(JsonNode node) {
        return node != null && node.isNumber() ? node.doubleValue() : null;
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.textValue() : null;
    }
}
