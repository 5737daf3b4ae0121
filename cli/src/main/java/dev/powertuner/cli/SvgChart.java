package dev.powertuner.cli;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * An inline SVG line chart: cost (left axis) and duration (right axis) per memory size, optimum marked. Every label
 * has its own row or column (axis titles above the plot, size labels, the memory axis title and the legend below it),
 * so nothing overlaps whatever the number of sizes or failed sizes; each point carries its figures as a tooltip.
 */
final class SvgChart {
    static final String COST_COLOUR = "#e6550d";
    static final String DURATION_COLOUR = "#3182bd";
    static final String FAILED_COLOUR = "#b71c1c";
    static final String OPTIMUM_COLOUR = "#2ca02c";
    static final int WIDTH = 960;
    static final int HEIGHT = 480;
    private static final int LEFT = 100;
    private static final int RIGHT = 100;
    private static final int TOP = 40;
    private static final int BOTTOM = 100;
    private static final int TICKS = 5;
    private static final int LEGEND_FONT = 13;
    /** Generous width of one character at font size 1, for laying out labels. */
    static final double CHAR_WIDTH = 0.62;

    private SvgChart() {
    }

    static String render(List<TuningReport.Row> rows, Integer optimum, String currency) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"cost and duration per memory size\">%n",
                WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        List<TuningReport.Row> measured = rows.stream().filter(r -> !r.failed() && r.cost() != null && r.duration() != null)
                .toList();
        if (measured.isEmpty()) {
            svg.append("<text x=\"50%\" y=\"50%\" text-anchor=\"middle\">no measured power values</text>\n</svg>\n");
            return svg.toString();
        }
        double maxCost = niceMax(measured.stream().mapToDouble(TuningReport.Row::cost).max().orElse(1));
        double maxDuration = niceMax(measured.stream().mapToDouble(TuningReport.Row::duration).max().orElse(1));
        axes(svg, maxCost, maxDuration, currency);
        int stride = labelStride(rows.size());
        boolean anyFailed = false;
        for (int i = 0; i < rows.size(); i++) {
            TuningReport.Row r = rows.get(i);
            double x = x(i, rows.size());
            if (Objects.equals(optimum, r.power())) {
                svg.append(optimumLine(x, r.power()));
            }
            if (i % stride == 0) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"%s\">%d</text>%n",
                        x, HEIGHT - BOTTOM + 20, r.failed() ? FAILED_COLOUR : "#222222", r.power()));
            }
            if (r.failed()) {
                anyFailed = true;
                svg.append(cross(x, HEIGHT - BOTTOM, tooltip(r, currency)));
            }
        }
        series(svg, rows, r -> r.cost() / maxCost, COST_COLOUR, currency);
        series(svg, rows, r -> r.duration() / maxDuration, DURATION_COLOUR, currency);
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">memory (MB, sizes evenly spaced)%s</text>%n",
                WIDTH / 2, HEIGHT - BOTTOM + 44, stride > 1 ? ", every " + ordinal(stride) + " size labelled" : ""));
        legend(svg, optimum != null, anyFailed);
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void axes(StringBuilder svg, double maxCost, double maxDuration, String currency) {
        int bottom = HEIGHT - BOTTOM;
        int right = WIDTH - RIGHT;
        svg.append(String.format(Locale.ROOT, "<g stroke=\"#999999\"><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>"
                + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/></g>%n",
                LEFT, TOP, LEFT, bottom, right, TOP, right, bottom, LEFT, bottom, right, bottom));
        for (int t = 0; t <= TICKS; t++) {
            double y = bottom - (bottom - TOP) * t / (double) TICKS;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eeeeee\"/>%n"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"%s\" font-size=\"12\">%.2e</text>%n"
                    + "<text x=\"%d\" y=\"%.1f\" fill=\"%s\" font-size=\"12\">%s ms</text>%n",
                    LEFT + 1, y, right - 1, y, LEFT - 6, y + 4, COST_COLOUR, maxCost * t / TICKS,
                    right + 6, y + 4, DURATION_COLOUR, tick(maxDuration * t / TICKS)));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"%s\" font-weight=\"bold\">cost per invocation (%s)</text>%n"
                + "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" fill=\"%s\" font-weight=\"bold\">average duration (ms)</text>%n",
                10, TOP - 22, COST_COLOUR, HtmlReport.escape(currency), WIDTH - 10, TOP - 22, DURATION_COLOUR));
    }

    /** The dashed optimum line, its label inside the plot on the side with more room. */
    private static String optimumLine(double x, int power) {
        boolean leftHalf = x < WIDTH / 2.0;
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\""
                + " stroke-dasharray=\"6 4\"/>%n<text x=\"%.1f\" y=\"%d\" text-anchor=\"%s\" fill=\"%s\" font-weight=\"bold\">"
                + "optimum %d MB</text>%n", x, TOP, x, HEIGHT - BOTTOM, OPTIMUM_COLOUR, leftHalf ? x + 6 : x - 6, TOP + 16,
                leftHalf ? "start" : "end", OPTIMUM_COLOUR, power);
    }

    /** One row under the memory axis title: a sample of each mark and what it means, laid out left to right. */
    private static void legend(StringBuilder svg, boolean optimum, boolean failed) {
        int y = HEIGHT - 14;
        double x = LEFT;
        x = legendItem(svg, x, y, String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\""
                + " stroke-width=\"4\"/>", x, y - 4, x + 20, y - 4, COST_COLOUR), "cost (left axis)");
        x = legendItem(svg, x, y, String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\""
                + " stroke-width=\"4\"/>", x, y - 4, x + 20, y - 4, DURATION_COLOUR), "duration (right axis)");
        if (optimum) {
            x = legendItem(svg, x, y, String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\""
                    + " stroke-width=\"2\" stroke-dasharray=\"6 4\"/>", x, y - 4, x + 20, y - 4, OPTIMUM_COLOUR), "optimum");
        }
        if (failed) {
            legendItem(svg, x, y, cross(x + 10, y - 4, null).trim(), "failed (no measurement)");
        }
    }

    /** Draws {@code mark} and {@code label} at {@code x}; returns where the next item starts. */
    private static double legendItem(StringBuilder svg, double x, int y, String mark, String label) {
        svg.append(mark).append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"%d\">%s</text>%n",
                x + 26, y, LEGEND_FONT, label));
        return x + 26 + label.length() * LEGEND_FONT * CHAR_WIDTH + 24;
    }

    private static void series(StringBuilder svg, List<TuningReport.Row> rows, Function<TuningReport.Row, Double> ratio,
                               String colour, String currency) {
        StringBuilder points = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            TuningReport.Row r = rows.get(i);
            if (r.failed() || r.cost() == null || r.duration() == null) {
                continue;
            }
            double x = x(i, rows.size());
            double y = HEIGHT - BOTTOM - (HEIGHT - BOTTOM - TOP) * ratio.apply(r);
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            dots.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%d\" fill=\"%s\"><title>%s</title></circle>%n",
                    x, y, rows.size() > 20 ? 4 : 6, colour, tooltip(r, currency)));
        }
        svg.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"4\" points=\"%s\"/>%n",
                colour, points.toString().trim()));
        svg.append(dots);
    }

    /** The figures of one memory size, as its tooltip says them. */
    static String tooltip(TuningReport.Row r, String currency) {
        if (r.failed()) {
            return HtmlReport.escape(r.power() + " MB failed: " + ResultTable.failure(r));
        }
        return HtmlReport.escape(r.power() + " MB: average duration " + TextTable.ms(r.duration())
                + (r.p90() == null ? "" : ", p90 " + TextTable.ms(r.p90())) + ", cost per invocation "
                + TextTable.price(r.cost()) + " " + currency);
    }

    /** Every n-th memory size gets a label so that labels stay about 55 px apart. */
    static int labelStride(int count) {
        int fit = (WIDTH - LEFT - RIGHT - 60) / 55 + 1;
        return Math.max(1, (count + fit - 1) / fit);
    }

    private static String ordinal(int n) {
        return n == 2 ? "2nd" : n == 3 ? "3rd" : n + "th";
    }

    /** A red x centred on (x, y), with a tooltip when {@code title} is not null. */
    private static String cross(double x, double y, String title) {
        String path = String.format(Locale.ROOT, "<path d=\"M%.1f %.1fl10 10m0 -10l-10 10\" stroke=\"%s\" stroke-width=\"3\"",
                x - 5, y - 5, FAILED_COLOUR);
        return (title == null ? path + "/>" : path + "><title>" + title + "</title></path>") + System.lineSeparator();
    }

    private static double x(int index, int count) {
        double span = WIDTH - LEFT - RIGHT;
        return count == 1 ? LEFT + span / 2 : LEFT + 30 + (span - 60) * index / (count - 1);
    }

    private static String tick(double ms) {
        return ms >= 100 || ms == Math.rint(ms) ? String.format(Locale.ROOT, "%.0f", ms) : String.format(Locale.ROOT, "%.1f", ms);
    }

    /** A round axis maximum at or above {@code value} (1, 2, 2.5 or 5 times a power of ten). */
    static double niceMax(double value) {
        if (!(value > 0)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= value) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
