package dev.powertuner.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * {@code --markdown}: a GitHub-flavoured Markdown summary for {@code $GITHUB_STEP_SUMMARY} or a merge-request comment:
 * the optimum, the change against the baseline, one table row per memory size, the checks and the visualization link.
 */
final class MarkdownSummary {

    private MarkdownSummary() {
    }

    /** The summary of a result; {@code baseline} may be null, {@code notes} say what the numbers are. */
    static String render(TuningReport report, Baseline baseline, List<Check> checks, List<String> notes) {
        StringBuilder md = new StringBuilder(title(report));
        md.append("**Optimum: ").append(report.power()).append(" MB**, ").append(figures(report)).append(".\n\n");
        if (baseline != null) {
            TuningReport base = baseline.report();
            md.append("Baseline `").append(cell(baseline.file())).append("`: ").append(base.power()).append(" MB, ")
                    .append(figures(base)).append(Objects.equals(base.power(), report.power()) ? ".\n\n"
                            : "; **the recommended power changed**.\n\n");
        }
        md.append(gate(checks)).append(table(report, baseline == null ? null : baseline.report())).append('\n');
        for (Check c : checks) {
            String status = c.status().name().toLowerCase(Locale.ROOT);
            md.append("- ").append(c.status() == Check.Status.PASSED ? status : "**" + status + "**").append(": ")
                    .append(cell(c.message())).append('\n');
        }
        if (!notes.isEmpty()) {
            md.append('\n');
            notes.forEach(n -> md.append("> ").append(cell(n)).append("  \n"));
        }
        if (report.visualization() != null) {
            md.append("\n[Visualization](").append(report.visualization()).append(")\n");
        }
        return md.toString();
    }

    /** The summary of a run that ended without a result (failed, or a dry run). */
    static String renderWithoutResult(String functionName, Check result) {
        return "### powertuner" + (functionName == null ? "" : ": " + cell(functionName)) + "\n\n"
                + (result.isFailed() ? "**The tuning failed**: " : "") + cell(result.message()) + "\n";
    }

    private static String title(TuningReport report) {
        String subject = report.functionName() == null ? "" : ": " + cell(report.functionName());
        String architecture = report.architecture() == null ? "" : " (" + report.architecture() + ")";
        return "### powertuner" + subject + architecture + "\n\n";
    }

    private static String figures(TuningReport r) {
        return TextTable.ms(r.duration()) + ", " + TextTable.price(r.cost()) + " " + r.currency() + " per invocation";
    }

    private static String gate(List<Check> checks) {
        long failed = checks.stream().filter(Check::isFailed).count();
        return failed == 0 ? "**Gate: passed** (" + checks.size() + " checks)\n\n"
                : "**Gate: failed** (" + failed + " of " + checks.size() + " checks)\n\n";
    }

    private static String table(TuningReport report, TuningReport base) {
        List<String> header = new ArrayList<>(List.of("Memory", "Avg duration", "p90 duration", "Avg cost (" + report.currency() + ")"));
        if (base != null) {
            header.addAll(List.of("Duration vs baseline", "Cost vs baseline"));
        }
        header.add("Note");
        StringBuilder md = new StringBuilder(row(header));
        md.append("|---").append("|---:".repeat(header.size() - 2)).append("|---|\n");
        for (TuningReport.Row r : report.rows()) {
            List<String> cells = new ArrayList<>(List.of(r.power() + " MB", TextTable.ms(r.duration()), TextTable.ms(r.p90()),
                    TextTable.price(r.cost())));
            if (base != null) {
                cells.add(change(Change.of(Metric.DURATION, r.power(), base.row(r.power()), r)));
                cells.add(change(Change.of(Metric.COST, r.power(), base.row(r.power()), r)));
            }
            cells.add(note(r, report, base));
            md.append(row(cells));
        }
        return md.toString();
    }

    private static String change(Change change) {
        if (change.relative() == null) {
            return "-";
        }
        boolean noise = change.relative() != 0 && change.band() != null && !change.beyondNoise();
        return change.percent() + (noise ? " (within variation)" : "");
    }

    private static String note(TuningReport.Row r, TuningReport report, TuningReport base) {
        List<String> notes = new ArrayList<>();
        if (Objects.equals(report.power(), r.power())) {
            notes.add("**optimum**");
        }
        if (base != null && Objects.equals(base.power(), r.power())) {
            notes.add("baseline optimum");
        }
        if (r.failed()) {
            notes.add("failed: " + ResultTable.failure(r));
        }
        return String.join(", ", notes);
    }

    private static String row(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (String c : cells) {
            line.append("| ").append(cell(c)).append(' ');
        }
        return line.append("|\n").toString();
    }

    /** Text safe inside a table cell or a list item: no line breaks, pipes escaped. */
    static String cell(String text) {
        return text.replace("\r", " ").replace("\n", " ").replace("|", "\\|");
    }
}
