package dev.powertuner.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

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

    @Mixin
    PipelineOptions pipeline;

    ReportCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        pipeline.validate(false);
        TuningReport report = load(file, env);
        pipeline.checkTarget(report.functionName(), report.architecture());
        env.out().print(ResultTable.render(report));
        env.out().println();
        env.out().print(ResultTable.summary(report));
        if (html != null) {
            Outcome.writeHtml(report, title, Path.of(html), env.out());
        }
        return pipeline.conclude(env, report, List.of(), List.of());
    }

    /**
     * Reads a tuning output for {@code report} and {@code compare}: a file that is not one is a usage error; an output
     * without results (the reference ends a failed run with {@code {}}) fails the command.
     */
    static TuningReport load(String file, CliEnvironment env) {
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
