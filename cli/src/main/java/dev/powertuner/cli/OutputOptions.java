package dev.powertuner.cli;

import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** How a run is waited for and reported, and the thresholds that turn a result into exit code 3. */
final class OutputOptions {

    @Option(names = "--json", description = "Print exactly the state machine's output (JSON) instead of the table.")
    boolean json;

    @Option(names = "--no-wait", description = "Print the execution ARN and return without waiting.")
    boolean noWait;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write a self-contained HTML report.")
    String html;

    @Option(names = "--max-cost", paramLabel = "PRICE", description = "Exit 3 when the optimum's cost per invocation exceeds this.")
    Double maxCost;

    @Option(names = "--max-duration", paramLabel = "MS", description = "Exit 3 when the optimum's average duration exceeds this.")
    Double maxDuration;

    @Option(names = "--max-monthly-cost", paramLabel = "PRICE",
            description = "Exit 3 when the optimum's monthly cost under --traffic exceeds this.")
    Double maxMonthlyCost;

    @Option(names = "--expect-power", paramLabel = "MB", description = "Exit 3 when the optimum is another memory size.")
    Integer expectPower;

    @Mixin
    PipelineOptions pipeline;

    @Option(names = "--execution-name", paramLabel = "NAME", description = "Name of the execution (default: generated).")
    String executionName;

    @Option(names = "--poll-interval-ms", hidden = true, defaultValue = "-1",
            description = "How often to poll DescribeExecution (default 2000 on AWS, 200 locally).")
    long pollIntervalMs;

    @Option(names = "--progress", hidden = true, description = "Draw progress even when stderr is not a terminal.")
    boolean forceProgress;

    @Option(names = "--quiet", description = "No progress lines on stderr while waiting (errors are still printed).")
    boolean quiet;

    /** A redrawn line on a terminal (or with --progress), plain lines otherwise, nothing with --quiet. */
    Progress.Mode progressMode(boolean stderrTerminal) {
        if (quiet) {
            return Progress.Mode.OFF;
        }
        return stderrTerminal || forceProgress ? Progress.Mode.TERMINAL : Progress.Mode.LINES;
    }

    /** The poll interval: the option when given, else {@code fallback}. */
    long pollMillis(long fallback) {
        return pollIntervalMs >= 0 ? pollIntervalMs : fallback;
    }

    /** What the numbers are, printed under the result and written into the report (local runs set it). */
    Supplier<List<String>> notes = List::of;

    /** The breached thresholds, as messages; empty when all hold. */
    List<String> breaches(TuningReport report) {
        return ThresholdChecks.of(this, report).stream().filter(Check::isFailed).map(Check::message).toList();
    }
}
