package dev.powertuner.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.js.Js;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/** Turns a finished execution into printed output and an exit code (docs/cli.md, exit codes). */
final class Outcome {
    private final CliEnvironment env;
    private final OutputOptions options;
    private final boolean consoleLinks;

    Outcome(CliEnvironment env, OutputOptions options, boolean consoleLinks) {
        this.env = env;
        this.options = options;
        this.consoleLinks = consoleLinks;
    }

    int report(DescribeExecutionResponse end, JsonNode input) {
        PrintWriter err = env.err();
        if (end.status() != ExecutionStatus.SUCCEEDED) {
            String failure = "execution " + end.statusAsString() + ": " + nullToDash(end.error()) + ": "
                    + nullToDash(readableCause(end.cause()));
            err.println(failure);
            ExecutionRunner.printLinks(err, end.executionArn(), consoleLinks);
            options.pipeline.concludeWithoutResult(env, input, Check.failed(Check.RESULT, PipelineOptions.RESULT, failure));
            return ExitCodes.FAILED;
        }
        String outputText = end.output() == null ? "null" : end.output();
        if (options.json) {
            env.out().println(outputText);
        }
        JsonNode output = Json.parse(outputText, "the execution output");
        if (output.isNull() && Js.truthy(input.get("dryRun"))) {
            if (!options.json) {
                env.out().println("dry run: versions were published and cleaned up, nothing was measured");
            }
            options.pipeline.concludeWithoutResult(env, input, Check.skipped(Check.RESULT, PipelineOptions.RESULT, "dry run"));
            return ExitCodes.OK;
        }
        if (!output.isObject() || !output.path("power").isNumber()) {
            err.println("execution SUCCEEDED without a result: the output has no power (" + abbreviate(outputText) + ")");
            ExecutionRunner.printLinks(err, end.executionArn(), consoleLinks);
            options.pipeline.concludeWithoutResult(env, input, Check.failed(Check.RESULT, PipelineOptions.RESULT,
                    "execution SUCCEEDED without a result"));
            return ExitCodes.FAILED;
        }
        ReportContext context = ReportContext.of(input, end.startDate(), AwsErrors.region(end.executionArn()));
        return success(TuningReport.fromOutput(output), end.executionArn(), context);
    }

    private int success(TuningReport report, String executionArn, ReportContext context) {
        PrintWriter out = env.out();
        if (!options.json) {
            out.print(ResultTable.render(report));
            out.println();
            out.print(ResultTable.summary(report));
            if (report.projection() != null) {
                out.println();
                out.print(ProjectionTable.render(report.projection()));
            }
            ExecutionRunner.printLinks(out, executionArn, consoleLinks);
        }
        List<String> notes = options.notes.get();
        for (String note : notes) {
            (options.json ? env.err() : out).println("note: " + note);
        }
        if (options.html != null) {
            writeHtml(report, "powertuner report", notes, context, Path.of(options.html), env.err());
        }
        for (String breach : options.breaches(report)) {
            env.err().println("threshold breached: " + breach);
        }
        return options.pipeline.conclude(env, report, ThresholdChecks.of(options, report), notes);
    }

    static void writeHtml(TuningReport report, String title, Path file, PrintWriter log) {
        writeHtml(report, title, List.of(), file, log);
    }

    static void writeHtml(TuningReport report, String title, List<String> notes, Path file, PrintWriter log) {
        writeHtml(report, title, notes, ReportContext.NONE, file, log);
    }

    static void writeHtml(TuningReport report, String title, List<String> notes, ReportContext context, Path file,
                          PrintWriter log) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, HtmlReport.render(report, title, notes, context), StandardCharsets.UTF_8);
            log.println("report written to " + file.toAbsolutePath());
        } catch (IOException e) {
            throw new UsageException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The {@code errorMessage} of a Lambda error document (how a failed Task reports its cause), else the cause. */
    static String readableCause(String cause) {
        if (cause == null || !cause.startsWith("{")) {
            return cause;
        }
        try {
            JsonNode message = Json.MAPPER.readTree(cause).path("errorMessage");
            return message.isTextual() ? message.textValue() : cause;
        } catch (IOException e) {
            return cause;
        }
    }

    private static String nullToDash(String text) {
        return text == null || text.isEmpty() ? "-" : text;
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 197) + "..." : text;
    }
}
