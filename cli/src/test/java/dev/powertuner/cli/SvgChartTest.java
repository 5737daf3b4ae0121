package dev.powertuner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The report chart stays readable: with all 46 sizes of "ALL", with failed sizes, and with the optimum named. */
class SvgChartTest {
    private static final Pattern TEXT = Pattern.compile("<text([^>]*)>([^<]*)</text>");
    private static final Pattern AXIS_LABEL = Pattern.compile("<text x=\"[0-9.]+\" y=\"400\" text-anchor=\"middle\"[^>]*>(\\d+)</text>");

    @Test
    void allFortySixSizesLabelEveryFourthSoLabelsDoNotOverlap() {
        String svg = SvgChart.render(rows(46, 3), 320, "USD");

        List<Integer> labels = axisLabels(svg);
        assertThat(labels).hasSizeLessThanOrEqualTo(14).startsWith(128, 384);
        assertThat(svg).contains("every 4th size labelled");
    }

    @Test
    void fewSizesAreAllLabelled() {
        String svg = SvgChart.render(rows(6, 1), 256, "USD");

        assertThat(axisLabels(svg)).containsExactly(128, 192, 256, 320, 384, 448);
        assertThat(svg).doesNotContain("labelled");
    }

    @Test
    void failedSizesAreCrossedOnTheAxisWithOneLegendInsteadOfOverlappingWords() {
        String svg = SvgChart.render(rows(46, 3), 320, "USD");

        assertThat(count(svg, "<path d=")).isEqualTo(3 + 1);
        assertThat(count(svg, ">failed")).isEqualTo(1);
        assertThat(svg).contains(">failed (no measurement)</text>");
    }

    @Test
    void optimumLineNamesTheMemorySize() {
        assertThat(SvgChart.render(rows(6, 1), 256, "USD")).contains(">optimum 256 MB</text>");
    }

    @Test
    void axesNameTheirUnits() {
        assertThat(SvgChart.render(rows(6, 0), 256, "USD")).contains("cost per invocation (USD)", "average duration (ms)",
                "memory (MB");
    }

    @Test
    void longVisualizationLinksWrapInsteadOfWideningThePage() {
        TuningReport report = TuningReport.fromOutput(Json.parse(Fixtures.text("outputs/x86.json"), "x"));

        assertThat(HtmlReport.render(report, "t")).contains("a{overflow-wrap:anywhere}");
    }

    @ParameterizedTest
    @CsvSource({"1, 0", "2, 1", "6, 0", "6, 5", "12, 3", "13, 13", "24, 2", "46, 0", "46, 3", "46, 45", "100, 50"})
    void noTwoLabelsOverlapWhateverTheSizesAndFailures(int count, int failed) {
        String svg = SvgChart.render(rows(count, failed), failed < count ? 128 + 64 * failed : null, "USD");

        List<double[]> boxes = textBoxes(svg);
        for (int i = 0; i < boxes.size(); i++) {
            assertThat(boxes.get(i)[0]).as("left edge inside the chart").isGreaterThanOrEqualTo(0);
            assertThat(boxes.get(i)[2]).as("right edge inside the chart").isLessThanOrEqualTo(SvgChart.WIDTH);
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(overlap(boxes.get(i), boxes.get(j))).as("label %d and label %d overlap in\n%s", i, j, svg).isFalse();
            }
        }
    }

    @Test
    void everyPointAndEveryFailedSizeHasATooltipWithItsFigures() {
        String svg = SvgChart.render(rows(4, 1), 256, "USD");

        assertThat(count(svg, "<circle")).isEqualTo(2 * 3);
        assertThat(count(svg, "<title>")).isEqualTo(2 * 3 + 1);
        assertThat(svg).contains("<title>192 MB: average duration 5208.33 ms, p90 5729.17 ms, cost per invocation 1.9200e-06"
                + " USD</title>", "<title>128 MB failed: Runtime.OutOfMemory: killed</title>");
    }

    /** {@code [left, top, right, bottom]} of every text element, estimated from its length and font size. */
    private static List<double[]> textBoxes(String svg) {
        List<double[]> boxes = new ArrayList<>();
        Matcher m = TEXT.matcher(svg);
        while (m.find()) {
            if (m.group(1).contains("x=\"50%\"")) {
                continue;
            }
            double x = attribute(m.group(1), "x", 0);
            double y = attribute(m.group(1), "y", 0);
            double size = attribute(m.group(1), "font-size", 16);
            double width = m.group(2).length() * size * (m.group(1).contains("bold") ? 0.62 : 0.56);
            String anchor = m.group(1).contains("\"middle\"") ? "middle" : m.group(1).contains("\"end\"") ? "end" : "start";
            double left = "middle".equals(anchor) ? x - width / 2 : "end".equals(anchor) ? x - width : x;
            boxes.add(new double[] {left, y - size * 0.8, left + width, y + size * 0.25});
        }
        return boxes;
    }

    private static double attribute(String attributes, String name, double fallback) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([0-9.]+)\"").matcher(attributes);
        return m.find() ? Double.parseDouble(m.group(1)) : fallback;
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    /** {@code count} sizes from 128 MB in steps of 64; the first {@code failed} fail. */
    private static List<TuningReport.Row> rows(int count, int failed) {
        List<TuningReport.Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int power = 128 + 64 * i;
            rows.add(i < failed ? new TuningReport.Row(power, null, null, null, true, "Runtime.OutOfMemory", "killed")
                    : new TuningReport.Row(power, 1e6 / power, 1.1e6 / power, 1e-8 * power, false, null, null));
        }
        return rows;
    }

    private static List<Integer> axisLabels(String svg) {
        List<Integer> labels = new ArrayList<>();
        Matcher m = AXIS_LABEL.matcher(svg);
        while (m.find()) {
            labels.add(Integer.parseInt(m.group(1)));
        }
        return labels;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
