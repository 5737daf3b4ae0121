package dev.powertuner.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.cost.PriceTable;
import dev.powertuner.core.error.PowerTunerException;
import dev.powertuner.core.strategy.Strategy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code powertuner report}: the table and an HTML report from a saved output JSON. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Print the table of a tuning output (JSON, with or without stats) and optionally write an HTML report.")
final class ReportCommand implements Callable<Integer> {
    /** Fields of which a tuning output has at least one. */
    static final List<String> TUNING_FIELDS = List.of("power", "cost", "duration", "stateMachine", "stats", "failedPowerValues");

    private final CliEnvironment env;

    @Parameters(index = "0", arity = "0..1", defaultValue = "-", paramLabel = "FILE",
            description = "The execution output JSON; '-' (default) reads stdin.")
    String file;

    @Option(names = "--html", paramLabel = "OUT", description = "Write a self-contained HTML report here.")
    String html;

    @Option(names = "--title", paramLabel = "TEXT", description = "Title of the HTML report (default: ${DEFAULT-VALUE}).",
            defaultValue = "powertuner report")
    String title;

    @Option(names = "--traffic", paramLabel = TrafficOption.SYNTAX,
            description = "Project each memory size's monthly cost under this traffic (needs the output's stats).")
    String traffic;

    @Option(names = "--region", paramLabel = "REGION",
            description = "The function's region, for outputs that do not record it (prices are regional).")
    String region;

    @Option(names = "--strategy", paramLabel = "cost|speed|balanced", defaultValue = "cost",
            description = "Strategy of the optimum under traffic (default: ${DEFAULT-VALUE}).")
    String strategy;

    @Option(names = "--balanced-weight", paramLabel = "W", defaultValue = "0.5",
            description = "With --strategy balanced: 0 (speed only) to 1 (cost only); default ${DEFAULT-VALUE}.")
    double balancedWeight;

    @Option(names = "--json", description = "Print the output object (with projection when --traffic is given) instead of "
            + "the tables.")
    boolean json;

    @Option(names = "--prices", paramLabel = "FILE",
            description = "Price overrides (the prices.json shape, as priceOverrides) for --traffic.")
    Path prices;

    @Option(names = "--max-monthly-cost", paramLabel = "PRICE",
            description = "Exit 3 when the optimum's monthly cost under --traffic exceeds this.")
    Double maxMonthlyCost;

    @Mixin
    PipelineOptions pipeline;

    ReportCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        pipeline.validate(false);
        JsonNode output = projected(loadJson(file, env));
        TuningReport report = withResults(output, file);
        pipeline.checkTarget(report.functionName(), report.architecture());
        if (json) {
            env.out().println(Json.compact(output));
        } else {
            env.out().print(ResultTable.render(report));
            env.out().println();
            env.out().print(ResultTable.summary(report));
            if (report.projection() != null) {
                env.out().println();
                env.out().print(ProjectionTable.render(report.projection()));
            }
        }
        if (html != null) {
            Outcome.writeHtml(report, title, Path.of(html), json ? env.err() : env.out());
        }
        List<Check> thresholds = ThresholdChecks.monthly(maxMonthlyCost, report);
        thresholds.stream().filter(Check::isFailed).forEach(c -> env.err().println("threshold breached: " + c.message()));
        return pipeline.conclude(env, report, thresholds, List.of());
    }

    private JsonNode projected(JsonNode output) {
        if (traffic == null) {
            if (maxMonthlyCost != null && !output.path("projection").isObject()) {
                throw new UsageException("--max-monthly-cost needs a projection: give --traffic");
            }
            return output;
        }
        if (!output.isObject()) {
            throw new UsageException("The output is not a tuning result (expected a JSON object with power, cost, duration)");
        }
        Strategy parsed;
        try {
            parsed = Strategy.parse(strategy);
        } catch (PowerTunerException e) {
            throw new UsageException("--strategy must be cost, speed or balanced, not '" + strategy + "'", e);
        }
        return SavedOutputProjection.project(output, TrafficOption.check(TrafficOption.parse(traffic)), region, parsed,
                Strategy.clampWeight(balancedWeight), priceTable());
    }

    private PriceTable priceTable() {
        if (prices == null) {
            return PriceTable.bundled();
        }
        JsonNode overrides = Json.parse(InputBuilder.readText("--prices ", prices.toString(), env.stdin()), "--prices " + prices);
        try {
            return PriceTable.bundled().withOverrides(overrides);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--prices " + prices + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a tuning output for {@code report} and {@code compare}: a file that is not one is a usage error; an output
     * without results (the reference ends a failed run with {@code {}}) fails the command.
     */
    static TuningReport load(String file, CliEnvironment env) {
        return withResults(loadJson(file, env), file);
    }

    /** The output as JSON; a file that is not a tuning output is a usage error. */
    static JsonNode loadJson(String file, CliEnvironment env) {
        if ("-".equals(file) && env.stdinTerminal()) {
            throw new UsageException("give the output file (powertuner report output.json) or pipe it in "
                    + "(... --json | powertuner report -); stdin is a terminal");
        }
        JsonNode output = Json.parse(InputBuilder.readText(file, env.stdin()), file);
        if (output.isObject() && output.size() > 0 && TUNING_FIELDS.stream().noneMatch(output::has)) {
            List<String> fields = new ArrayList<>();
            output.fieldNames().forEachRemaining(fields::add);
            throw new UsageException(file + " is not a tuning result: a tuning output has " + String.join(", ", TUNING_FIELDS)
                    + "; this one has " + String.join(", ", fields.subList(0, Math.min(5, fields.size())))
                    + (fields.size() > 5 ? ", ..." : ""));
        }
        return output;
    }

    /** The report of an output; one without results fails the command. */
    private static TuningReport withResults(JsonNode output, String file) {
        TuningReport report = TuningReport.fromOutput(output);
        if (report.power() == null && report.rows().isEmpty()) {
            throw new NoResultException(file + " holds no results (the reference ends a failed run with {})");
        }
        return report;
    }

    /** A tuning output without results: the command fails (exit 1). */
    static final class NoResultException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoResultException(String message) {
            super(message);
        }
    }
}
