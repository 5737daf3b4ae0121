package dev.powertuner.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/** A self-contained HTML report: inline CSS and SVG, no scripts, fonts or other external resources. */
final class HtmlReport {

    private HtmlReport() {
    }

    static String render(TuningReport report, String title) {
        return render(report, title, List.of());
    }

    /** With {@code notes}: what the numbers are (a local run's measurement mode), shown under the headline. */
    static String render(TuningReport report, String title, List<String> notes) {
        return render(report, title, notes, ReportContext.NONE);
    }

    /** With {@code context}: what the report is about, in a line under the title. */
    static String render(TuningReport report, String title, List<String> notes, ReportContext context) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:24px;color:#222;background:#fff}\n")
                .append("table{border-collapse:collapse;margin-top:16px}td,th{border:1px solid #ccc;padding:4px 10px;")
                .append("text-align:right}th{background:#f4f4f4}tr.optimum{background:#e8f5e9;font-weight:bold}\n")
                .append("tr.failed{color:#b71c1c}td.msg,th.msg{text-align:left}a{overflow-wrap:anywhere}\n</style>\n</head>\n<body>\n<h1>")
                .append(escape(title)).append("</h1>\n");
        String about = context.line(report.architecture());
        if (!about.isEmpty()) {
            html.append("<p class=\"about\">").append(escape(about)).append("</p>\n");
        }
        html.append(headline(report));
        for (String note : notes) {
            html.append("<p class=\"note\">").append(escape(note)).append("</p>\n");
        }
        html.append(SvgChart.render(report.rows(), report.power(), report.currency()));
        html.append(table(report));
        if (report.projection() != null) {
            html.append("<h2>Monthly cost under traffic</h2>\n<pre>")
                    .append(escape(ProjectionTable.render(report.projection()))).append("</pre>\n")
                    .append(MonthlyCostChart.render(report.projection()));
        }
        List<TuningReport.Row> failed = report.rows().stream().filter(TuningReport.Row::failed).toList();
        if (!failed.isEmpty()) {
            html.append("<h2>Failed memory sizes</h2>\n<ul>\n");
            for (TuningReport.Row r : failed) {
                html.append("<li>").append(r.power()).append(" MB: ").append(escape(ResultTable.failure(r))).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        if (report.visualization() != null) {
            html.append("<p>Public visualization: <a href=\"").append(escape(report.visualization())).append("\">")
                    .append(escape(report.visualization())).append("</a></p>\n");
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static String headline(TuningReport report) {
        if (report.power() == null) {
            return "<p>No optimum in this result.</p>\n";
        }
        return "<p class=\"optimum\">Optimum: <strong>" + report.power() + " MB</strong>, average duration "
                + escape(TextTable.ms(report.duration())) + ", cost per invocation " + escape(TextTable.price(report.cost()))
                + " " + escape(report.currency()) + (report.architecture() == null ? "" : " (" + escape(report.architecture()) + ")")
                + ".</p>\n";
    }

    private static String table(TuningReport report) {
        JsonNode adaptive = report.adaptive();
        StringBuilder sb = new StringBuilder(adaptive == null ? "" : "<p class=\"adaptive\">"
                + escape(AdaptiveColumns.summary(adaptive)) + "</p>\n");
        sb.append("<table>\n<tr><th>memory (MB)</th><th>avg duration</th><th>p90 duration</th>"
                + "<th>avg cost (" + escape(report.currency()) + ")</th>" + (adaptive == null ? "" : "<th>invocations</th><th>"
                + escape(AdaptiveColumns.intervalHeader(adaptive)) + "</th>") + "<th class=\"msg\">failed</th></tr>\n");
        for (TuningReport.Row r : report.rows()) {
            String css = r.failed() ? " class=\"failed\"" : Objects.equals(report.power(), r.power()) ? " class=\"optimum\"" : "";
            sb.append("<tr").append(css).append("><td>").append(r.power()).append("</td><td>")
                    .append(escape(TextTable.ms(r.duration()))).append("</td><td>").append(escape(TextTable.ms(r.p90())))
                    .append("</td><td>").append(escape(TextTable.price(r.cost()))).append("</td>")
                    .append(adaptive == null ? "" : "<td>" + escape(AdaptiveColumns.invocations(adaptive, r.power()))
                            + "</td><td>" + escape(AdaptiveColumns.interval(adaptive, r.power())) + "</td>")
                    .append("<td class=\"msg\">")
                    .append(escape(ResultTable.failure(r))).append("</td></tr>\n");
        }
        return sb.append("</table>\n").toString();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
