package dev.powertuner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The report chart stays readable: with all 46 sizes of "ALL", with failed sizes, and with the optimum named. */
class SvgChartTest {
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
        assertThat(svg).contains("failed (no measurement; see the table)");
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
