package dev.powertuner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.Test;

class JUnitReportTest {

    /** The test cases of JUnit XML, as the parser of Maven's surefire reports reads them (grouped by class name). */
    static List<ReportTestCase> parse(String xml) throws Exception {
        TestSuiteXmlParser parser = new TestSuiteXmlParser(new NullConsoleLogger());
        List<ReportTestSuite> suites = parser.parse(new InputStreamReader(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
        assertThat(parser.isValid()).as("valid JUnit XML:%n%s", xml).isTrue();
        assertThat(suites.stream().mapToInt(ReportTestSuite::getNumberOfTests).sum()).isEqualTo(count(xml, "<testcase "));
        return suites.stream().flatMap(s -> s.getTestCases().stream()).toList();
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    void everyCheckIsATestCaseAndFailuresCarryTheirMessage() throws Exception {
        // given
        List<Check> checks = List.of(Check.passed(Check.RESULT, "tuning result", "optimum 512 MB"),
                Check.failed(Check.THRESHOLD, "--max-cost", "cost 2.0000e-07 exceeds --max-cost 1.0000e-07"),
                Check.failed(Check.REGRESSION, "duration at 512 MB (baseline optimum)", "100.00 ms -> 130.00 ms, +30.0 %"),
                Check.skipped(Check.REGRESSION, "cost at 2048 MB (new optimum)", "the baseline has no cost at 2048 MB"));

        // when
        String xml = JUnitReport.render("powertuner api", checks);
        List<ReportTestCase> cases = parse(xml);

        // then
        assertThat(xml).contains("<testsuite name=\"powertuner api\" tests=\"4\" failures=\"2\" errors=\"0\" skipped=\"1\">");
        assertThat(cases).extracting(ReportTestCase::getFullName).containsExactlyInAnyOrder("powertuner.result.tuning result",
                "powertuner.threshold.--max-cost", "powertuner.regression.duration at 512 MB (baseline optimum)",
                "powertuner.regression.cost at 2048 MB (new optimum)");
        assertThat(cases).filteredOn(ReportTestCase::hasFailure).extracting(ReportTestCase::getFailureMessage)
                .containsExactlyInAnyOrder("cost 2.0000e-07 exceeds --max-cost 1.0000e-07", "100.00 ms -> 130.00 ms, +30.0 %");
        assertThat(cases).filteredOn(ReportTestCase::hasSkipped).extracting(ReportTestCase::getName)
                .containsExactly("cost at 2048 MB (new optimum)");
        assertThat(cases).filteredOn(ReportTestCase::isSuccessful).extracting(ReportTestCase::getName)
                .containsExactly("tuning result");
    }

    @Test
    void markupInMessagesIsEscaped() throws Exception {
        String message = "Runtime.ExitError: <exit status=\"137\"> & 'killed' ]]>";

        List<ReportTestCase> cases = parse(JUnitReport.render("powertuner <fn>", List.of(
                Check.failed(Check.RESULT, "tuning result", message))));

        assertThat(cases).singleElement().extracting(ReportTestCase::getFailureMessage).isEqualTo(message);
    }
}
