package dev.powertuner.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** SVG chart of the projection: monthly cost per memory size, on demand and with provisioned concurrency. */
final class MonthlyCostChart {
    static final String ON_DEMAND_COLOUR = "#e6550d";
    static final String PROVISIONED_COLOUR = "#756bb1";
    private static final int WIDTH = 960;
    private static final int HEIGHT = 360;
    private static final int LEFT = 100;
    private static final int RIGHT = 40;
    private static final int TOP = 40;
    private static final int BOTTOM = 60;

    private MonthlyCostChart() {
    }

    static String render(JsonNode projection) {
        List<JsonNode> sizes = new ArrayList<>();
        projection.path("sizes").forEach(sizes::add);
        double max = 0;
        for (JsonNode s : sizes) {
            max = Math.max(max, Math.max(s.path("onDemandMonthlyCost").asDouble(), s.path("provisionedMonthlyCost")
                    .asDouble()));
        }
        max = SvgChart.niceMax(max <= 0 ? 1 : max);
        String currency = projection.path("currency").asText("USD");
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"monthly cost per memory "
                + "size\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"#ffffff\"/>%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        for (int t = 0; t <= 4; t++) {
            double y = HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * t / 4.0;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.4g</text>%n", LEFT, y, WIDTH - RIGHT, y, LEFT - 6,
                    y + 4, max * t / 4));
        }
        for (int i = 0; i < sizes.size(); i++) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>%n",
                    x(i, sizes.size()), HEIGHT - BOTTOM + 20, sizes.get(i).path("power").asInt()));
        }
        svg.append(series(sizes, "onDemandMonthlyCost", max, ON_DEMAND_COLOUR, "on demand"));
        svg.append(series(sizes, "provisionedMonthlyCost", max, PROVISIONED_COLOUR, "provisioned concurrency"));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">memory (MB); monthly cost "
                + "(%s): <tspan fill=\"%s\">on demand</tspan>, <tspan fill=\"%s\">provisioned concurrency</tspan></text>%n"
                + "</svg>%n", WIDTH / 2, HEIGHT - 15, HtmlReport.escape(currency), ON_DEMAND_COLOUR, PROVISIONED_COLOUR));
        return svg.toString();
    }

    private static String series(List<JsonNode> sizes, String field, double max, String colour, String name) {
        StringBuilder points = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < sizes.size(); i++) {
            JsonNode value = sizes.get(i).get(field);
            if (value == null || !value.isNumber()) {
                continue;
            }
            double x = x(i, sizes.size());
            double y = HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * value.doubleValue() / max;
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            dots.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\">"
                    + "<title>%s %d MB: %.6f</title></circle>%n", x, y, colour, name, sizes.get(i).path("power").asInt(),
                    value.doubleValue()));
        }
        if (points.length() == 0) {
            return "";
        }
        return String.format(Locale.ROOT, "<polyline class=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\" "
                + "points=\"%s\"/>%n", name.replace(' ', '-'), colour, points.toString().trim()) + dots;
    }

    private static double x(int index, int count) {
        double span = WIDTH - LEFT - RIGHT;
        return count == 1 ? LEFT + span / 2 : LEFT + span * index / (count - 1);
    }
}
