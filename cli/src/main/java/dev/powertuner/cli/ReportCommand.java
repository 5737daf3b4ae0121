package dev.powertuner.cli;

import java.nio.file.Path;
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
        if (report.power() == null && report.rows().isEmpty()) {
            env.err().println("powertuner report: " + file + " holds no results (the reference ends a failed run with {})");
            return ExitCodes.FAILED;
        }
        env.out().print(ResultTable.render(report));
        env.out().println();
        env.out().print(ResultTable.summary(report));
        if (html != null) {
            Outcome.writeHtml(report, title, Path.of(html), env.out());
        }
        return pipeline.conclude(env, report, List.of(), List.of());
    }

    static TuningReport load(String file, CliEnvironment env) {
        if ("-".equals(file) && env.stdinTerminal()) {
            throw new UsageException("give the output file (powertuner report output.json) or pipe it in "
                    + "(... --json | powertuner report -); stdin is a terminal");
        }
        return TuningReport.fromOutput(Json.parse(InputBuilder.readText(file, env.stdin()), file));
    }
}
