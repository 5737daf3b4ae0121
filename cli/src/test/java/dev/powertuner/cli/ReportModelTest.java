package dev.powertuner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

/** TuningReport, ResultTable, Progress and SvgChart: the pieces the commands print. */
class ReportModelTest {

    @Test
    void rowsFromStatsAreSortedAndFailedValuesHaveNoNumbers() {
        TuningReport report = TuningReport.fromOutput(Json.parse(Fixtures.text("outputs/x86.json"), "x"));

        assertThat(report.fromStats()).isTrue();
        assertThat(report.rows()).extracting(TuningReport.Row::power).containsExactly(128, 256, 512, 1024);
        assertThat(report.rows().get(3).failed()).isTrue();
        assertThat(report.rows().get(3).cost()).isNull();
        assertThat(report.measured()).hasSize(3);
    }

    @Test
    void rowsWithoutStatsComeFromTheVisualizationAndFailedPowerValues() {
        String output = "{\"power\":256,\"cost\":1,\"duration\":2,\"stateMachine\":{\"visualization\":"
                + "\"https://lambda-power-tuning.show/#gAAAAQAC;AADIQgAAlkMAAEhD;AADIQgAASEMAAPBB\"},"
                + "\"failedPowerValues\":[{\"power\":3008,\"errorType\":\"Runtime.OutOfMemory\",\"errorMessage\":\"oom\"}]}";

        TuningReport report = TuningReport.fromOutput(Json.parse(output, "x"));

        assertThat(report.fromStats()).isFalse();
        assertThat(report.rows()).extracting(TuningReport.Row::power).containsExactly(128, 256, 512, 3008);
        assertThat(report.rows().get(1).duration()).isEqualTo(300.0);
        assertThat(report.hash()).isEqualTo("gAAAAQAC;AADIQgAAlkMAAEhD;AADIQgAASEMAAPBB");
    }

    @Test
    void tableMarksTheOptimumAndLeftAlignsErrors() {
        TuningReport report = TuningReport.fromOutput(Json.parse(Fixtures.text("outputs/x86.json"), "x"));

        String table = ResultTable.render(report);

        assertThat(table.lines()).hasSize(5);
        assertThat(table.lines().filter(l -> l.startsWith("* ")).toList()).singleElement().asString().startsWith("* 512 MB");
        assertThat(table.lines().skip(1).toList()).allSatisfy(l -> assertThat(l.indexOf("MB")).isBetween(5, 7));
    }

    @Test
    void adaptiveRunsShowInvocationsIntervalsAndASummaryLine() {
        TuningReport report = TuningReport.fromOutput(Json.parse("{\"power\":256,\"cost\":1e-7,\"duration\":50,"
                + "\"stats\":[{\"value\":128,\"averagePrice\":1.2e-7,\"averageDuration\":120},"
                + "{\"value\":256,\"averagePrice\":1e-7,\"averageDuration\":50}],\"adaptive\":{\"rounds\":3,"
                + "\"invocations\":{\"128\":5,\"256\":20},\"totalInvocations\":25,\"fullInvocations\":100,"
                + "\"confidence\":0.95,\"dropped\":{\"128\":1},\"intervals\":{\"128\":{\"objective\":\"speed\","
                + "\"estimate\":119,\"low\":110,\"high\":130},\"256\":{\"objective\":\"speed\",\"estimate\":50}}}}",
                "x"));

        String table = ResultTable.render(report);

        assertThat(table.lines().findFirst().orElseThrow()).contains("invocations", "speed interval");
        assertThat(table).contains("5 (dropped r1)", "110.00 ms … 130.00 ms");
        assertThat(table.lines().filter(l -> l.startsWith("* 256")).findFirst().orElseThrow()).contains("20", " -");
        assertThat(ResultTable.summary(report))
                .contains("adaptive: 3 rounds, 25 of 100 invocations (25 %), confidence 0.950");
        assertThat(HtmlReport.render(report, "t")).contains("<th>invocations</th>", "5 (dropped r1)");
    }

    @Test
    void progressLineShowsDoneOfTotalAndElapsed() {
        assertThat(Progress.line(new Progress.Snapshot("Branching", 3), 6, 75_500))
                .isEqualTo("powertuner: 1:15 Branching, 3/6 power values done");
        assertThat(Progress.line(new Progress.Snapshot(null, 2), null, 5_000))
                .isEqualTo("powertuner: 0:05 starting, 2 power values done");
        assertThat(Progress.totalPowerValues(Json.parse("{\"powerValues\":\"ALL\"}", "x"))).isEqualTo(46);
        assertThat(Progress.totalPowerValues(Json.parse("{}", "x"))).isNull();
    }

    @Test
    void chartAxisMaximaAreRound() {
        assertThat(SvgChart.niceMax(98.4)).isEqualTo(100.0);
        assertThat(SvgChart.niceMax(2.1e-7)).isCloseTo(2.5e-7, offset(1e-20));
        assertThat(SvgChart.niceMax(5628)).isEqualTo(10000.0);
        assertThat(SvgChart.niceMax(0)).isEqualTo(1.0);
    }

    @Test
    void consoleUrlUsesThePartitionAndRegionOfTheExecutionArn() {
        assertThat(ExecutionRunner.consoleUrl("arn:aws:states:ap-south-1:1:execution:sm:x"))
                .isEqualTo("https://ap-south-1.console.aws.amazon.com/states/home?region=ap-south-1"
                        + "#/v2/executions/details/arn:aws:states:ap-south-1:1:execution:sm:x");
        assertThat(ExecutionRunner.consoleUrl("arn:aws-cn:states:cn-north-1:1:execution:sm:x"))
                .startsWith("https://cn-north-1.console.amazonaws.cn/states/home?region=cn-north-1#");
    }

    @Test
    void tableShowsTheFunctionsOwnMessageInsideTheExecutorWrapper() {
        String wrapped = "Invocation error (running in series) with payload \"null\" - original error type: \"Runtime.OutOfMemory\", "
                + "original error message: \"RequestId: 0cc64791-61b0-4c62-ab3c-08a607d16d40 Error: Runtime exited with error: "
                + "signal: killed\",trace: \"[]\"";

        assertThat(ResultTable.originalMessage(wrapped)).isEqualTo("Runtime exited with error: signal: killed");
        assertThat(ResultTable.originalMessage("plain text")).isEqualTo("plain text");
    }
}
