package dev.powertuner.cli;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/** An inline SVG line chart: cost (left axis) and duration (right axis) per memory size, optimum marked. */
final class SvgChart {
    static final String COST_COLOUR = "#e6550d";
    static final String DURATION_COLOUR = "#3182bd";
    static final String FAILED_COLOUR = "#b71c1c";
    private static final int WIDTH = 960;
    private static final int HEIGHT = 440;
    private static final int LEFT = 100;
    private static final int RIGHT = 100;
    private static final int TOP = 40;
    private static final int BOTTOM = 60;
    private static final int TICKS = 5;

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
                boolean leftHalf = x < WIDTH / 2.0;
                svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#2ca02c\" "
                        + "stroke-width=\"2\" stroke-dasharray=\"6 4\"/>%n<text x=\"%.1f\" y=\"%d\" text-anchor=\"%s\" "
                        + "fill=\"#2ca02c\" font-weight=\"bold\">optimum %d MB</text>%n", x, TOP, x, HEIGHT - BOTTOM,
                        leftHalf ? x + 6 : x - 6, TOP + 16, leftHalf ? "start" : "end", r.power()));
            }
            if (i % stride == 0) {
                String colour = r.failed() ? FAILED_COLOUR : "#222222";
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"%s\">%d</text>%n",
                        x, HEIGHT - BOTTOM + 20, colour, r.power()));
            }
            if (r.failed()) {
                anyFailed = true;
                svg.append(cross(x, HEIGHT - BOTTOM));
            }
        }
        if (anyFailed) {
            svg.append(String.format(Locale.ROOT, "%s<text x=\"%d\" y=\"%d\" fill=\"%s\" font-size=\"13\">failed "
                    + "(no measurement; see the table)</text>%n", cross(LEFT + 6, HEIGHT - 15 - 4), LEFT + 16, HEIGHT - 15,
                    FAILED_COLOUR));
        }
        series(svg, rows, r -> r.cost() / maxCost, COST_COLOUR);
        series(svg, rows, r -> r.duration() / maxDuration, DURATION_COLOUR);
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">memory (MB, sizes evenly spaced)%s</text>%n",
                WIDTH / 2, HEIGHT - 15, stride > 1 ? ", every " + ordinal(stride) + " size labelled" : ""));
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

    private static void series(StringBuilder svg, List<TuningReport.Row> rows, Function<TuningReport.Row, Double> ratio,
                               String colour) {
        StringBuilder points = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).failed() || rows.get(i).cost() == null || rows.get(i).duration() == null) {
                continue;
            }
            double x = x(i, rows.size());
            double y = HEIGHT - BOTTOM - (HEIGHT - BOTTOM - TOP) * ratio.apply(rows.get(i));
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            dots.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%d\" fill=\"%s\"/>%n", x, y,
                    rows.size() > 20 ? 3 : 6, colour));
        }
        svg.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"4\" points=\"%s\"/>%n",
                colour, points.toString().trim()));
        svg.append(dots);
    }

    /** Every n-th memory size gets a label so that labels stay about 55 px apart. */
    static int labelStride(int count) {
        int fit = (WIDTH - LEFT - RIGHT - 60) / 55 + 1;
        return Math.max(1, (count + fit - 1) / fit);
    }

    private static String ordinal(int n) {
        return n == 2 ? "2nd" : n == 3 ? "3rd" : n + "th";
    }

    /** A red x on the memory axis where a size failed. */
    private static String cross(double x, double y) {
        return String.format(Locale.ROOT, "<path d=\"M%.1f %.1fl10 10m0 -10l-10 10\" stroke=\"%s\" stroke-width=\"3\"/>%n",
                x - 5, y - 5, FAILED_COLOUR);
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
