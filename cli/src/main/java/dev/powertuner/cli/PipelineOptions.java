package dev.powertuner.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.arn.FunctionRef;
import dev.powertuner.core.error.InvalidInputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The CI options of {@code run}, {@code local} and {@code report}: a regression gate against a baseline, and the
 * result as Markdown and JUnit XML. Checked before anything runs, concluded once a result is there.
 */
final class PipelineOptions {

    @Option(names = Baseline.OPTION, paramLabel = "FILE",
            description = "An accepted earlier output (as --json prints it) to compare with, at its optimum and at the new one.")
    String baseline;

    @Option(names = "--max-regression", paramLabel = "PCT|METRIC=PCT,...",
            description = "With --baseline: exit 3 when duration or cost rose by more than PCT percent beyond the runs' "
                    + "own variation, e.g. 10 or duration=10,cost=5.")
    String maxRegression;

    @Option(names = Baseline.ANY_FUNCTION, description = "Accept a baseline of another function or architecture.")
    boolean anyFunction;

    @Option(names = "--markdown", paramLabel = "FILE",
            description = "Also write a Markdown summary (for $GITHUB_STEP_SUMMARY or a merge-request comment).")
    Path markdown;

    @Option(names = "--junit", paramLabel = "FILE",
            description = "Also write JUnit XML: one test case per threshold and regression check.")
    Path junit;

    static final String RESULT = "tuning result";

    private Baseline base;
    private RegressionLimits limits;

    /** Reads the baseline and the limits and checks the output paths; {@link UsageException} on bad input. */
    void validate(boolean noWait) {
        if (noWait && (baseline != null || maxRegression != null || markdown != null || junit != null)) {
            throw new UsageException("--no-wait cannot be combined with --baseline, --max-regression, --markdown or --junit");
        }
        if (maxRegression != null && baseline == null) {
            throw new UsageException("--max-regression needs --baseline FILE (the output of the run to compare with)");
        }
        limits = maxRegression == null ? null : RegressionLimits.parse(maxRegression);
        OutputFiles.checkWritable(markdown, "--markdown");
        OutputFiles.checkWritable(junit, "--junit");
        base = baseline == null ? null : Baseline.load(baseline);
    }

    /** Refuses a baseline of another function or architecture (null: not known yet) unless --baseline-any-function. */
    void checkTarget(String functionName, String architecture) {
        if (base != null && !anyFunction) {
            base.checkMatches(functionName, architecture);
        }
    }

    /** {@link #checkTarget} with the function an execution input names. */
    void checkTarget(JsonNode executionInput) {
        checkTarget(functionName(executionInput), null);
    }

    /** {@link #checkTarget} with the name and architecture of a local target. */
    void checkTarget(LocalTarget target) {
        checkTarget(target.target(), target.definition().architecture());
    }

    /**
     * Compares a result with the baseline, prints the regressions, writes the files ({@code notes} say what the numbers
     * are); returns {@link ExitCodes#THRESHOLD} when a check (threshold or regression) failed, else {@link ExitCodes#OK}.
     */
    int conclude(CliEnvironment env, TuningReport report, List<Check> thresholds, List<String> notes) {
        checkTarget(report.functionName(), report.architecture());
        List<Check> checks = new ArrayList<>();
        checks.add(Check.passed(Check.RESULT, RESULT, "optimum " + report.power() + " MB, "
                + TextTable.ms(report.duration()) + ", " + TextTable.price(report.cost()) + " " + report.currency()));
        checks.addAll(thresholds);
        if (base != null) {
            printBaseline(env.err(), report);
        }
        if (limits != null) {
            List<Check> regressions = RegressionGate.checks(base.report(), report, limits);
            regressions.forEach(c -> env.err().println(prefix(c) + c.message()));
            checks.addAll(regressions);
        }
        if (markdown != null) {
            OutputFiles.write(markdown, MarkdownSummary.render(report, base, checks, notes), "summary", env.err());
        }
        if (junit != null) {
            OutputFiles.write(junit, JUnitReport.render(suite(report.functionName()), checks), "JUnit report", env.err());
        }
        return checks.stream().anyMatch(Check::isFailed) ? ExitCodes.THRESHOLD : ExitCodes.OK;
    }

    /** Writes the files for a run that ended without a result: failed, or a dry run. */
    void concludeWithoutResult(CliEnvironment env, JsonNode executionInput, Check result) {
        String functionName = functionName(executionInput);
        if (markdown != null) {
            OutputFiles.write(markdown, MarkdownSummary.renderWithoutResult(functionName, result), "summary", env.err());
        }
        if (junit != null) {
            OutputFiles.write(junit, JUnitReport.render(suite(functionName), List.of(result)), "JUnit report", env.err());
        }
    }

    private void printBaseline(PrintWriter err, TuningReport report) {
        TuningReport b = base.report();
        String changed = b.power().equals(report.power()) ? "" : "; the recommended power changed";
        err.println("baseline " + base.file() + ": optimum " + b.power() + " MB, " + TextTable.ms(b.duration()) + ", "
                + TextTable.price(b.cost()) + "; now " + report.power() + " MB, " + TextTable.ms(report.duration()) + ", "
                + TextTable.price(report.cost()) + changed);
    }

    private static String prefix(Check check) {
        return switch (check.status()) {
            case FAILED -> "regression: ";
            case SKIPPED -> "regression check skipped: ";
            default -> "regression check passed: ";
        };
    }

    /** The name of the function an execution input names; null when it names none. */
    private static String functionName(JsonNode executionInput) {
        try {
            return FunctionRef.parse(executionInput.path("lambdaARN")).name();
        } catch (InvalidInputException e) {
            return null;
        }
    }

    private static String suite(String functionName) {
        return functionName == null ? "powertuner" : "powertuner " + functionName;
    }
}
