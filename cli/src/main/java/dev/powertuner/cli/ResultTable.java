package dev.powertuner.cli;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The result table of {@code run}, {@code local} and {@code report}: one row per power value, optimum marked. */
final class ResultTable {
    private static final int MESSAGE_WIDTH = 72;
    private static final Pattern ORIGINAL = Pattern.compile(
            "original error message: \"(?:RequestId: [0-9a-fA-F-]+ (?:Error: )?)?(.*?)\"(?:,\\s*trace:|$)");

    private ResultTable() {
    }

    static String render(TuningReport report) {
        if (report.adaptive() != null) {
            return adaptive(report);
        }
        TextTable table = new TextTable("  power", "avg duration", "p90 duration", "avg cost (" + report.currency() + ")",
                "failed").lastColumnLeft();
        for (TuningReport.Row r : report.rows()) {
            boolean optimum = Objects.equals(report.power(), r.power());
            String power = (optimum ? "* " : "  ") + r.power() + " MB";
            table.row(power, TextTable.ms(r.duration()), TextTable.ms(r.p90()), TextTable.price(r.cost()), failure(r));
        }
        return table.render();
    }

    /** With an adaptive run's invocations and objective interval per size. */
    private static String adaptive(TuningReport report) {
        TextTable table = new TextTable("  power", "avg duration", "p90 duration", "avg cost (" + report.currency() + ")",
                "invocations", AdaptiveColumns.intervalHeader(report.adaptive()), "failed").lastColumnLeft();
        for (TuningReport.Row r : report.rows()) {
            boolean optimum = Objects.equals(report.power(), r.power());
            table.row((optimum ? "* " : "  ") + r.power() + " MB", TextTable.ms(r.duration()), TextTable.ms(r.p90()),
                    TextTable.price(r.cost()), AdaptiveColumns.invocations(report.adaptive(), r.power()),
                    AdaptiveColumns.interval(report.adaptive(), r.power()), failure(r));
        }
        return table.render();
    }

    static String failure(TuningReport.Row r) {
        if (!r.failed()) {
            return "";
        }
        String text = r.errorType() == null ? "failed" : r.errorType();
        if (r.errorMessage() != null && !r.errorMessage().isEmpty()) {
            text = text + ": " + originalMessage(r.errorMessage());
        }
        return text.length() > MESSAGE_WIDTH ? text.substring(0, MESSAGE_WIDTH - 3) + "..." : text;
    }

    /**
     * The function's own message inside the Executor's wrapper ({@code Invocation error (...) - original error type:
     * "T", original error message: "RequestId: id Error: M",trace: ...}); the whole text when it has no wrapper.
     */
    static String originalMessage(String message) {
        Matcher m = ORIGINAL.matcher(message);
        return m.find() ? m.group(1) : message;
    }

    /** The summary lines under the table. */
    static String summary(TuningReport report) {
        StringBuilder sb = new StringBuilder();
        if (report.power() != null) {
            sb.append("optimum: ").append(report.power()).append(" MB, ").append(TextTable.ms(report.duration()))
                    .append(", ").append(TextTable.price(report.cost())).append(' ').append(report.currency())
                    .append(" per invocation\n");
        }
        if (report.lambdaCost() != null || report.executionCost() != null) {
            sb.append("tuning cost: Lambda ").append(TextTable.price(report.lambdaCost()))
                    .append(", Step Functions ").append(TextTable.price(report.executionCost()))
                    .append(' ').append(report.currency()).append('\n');
        }
        if (report.adaptive() != null) {
            sb.append(AdaptiveColumns.summary(report.adaptive())).append('\n');
        }
        if (report.visualization() != null) {
            sb.append("visualization: ").append(report.visualization()).append('\n');
        }
        return sb.toString();
    }
}
