package dev.powertuner.core.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.cost.PriceTable;
import dev.powertuner.core.error.InvalidInputException;
import dev.powertuner.core.model.ColdStartFigures;
import dev.powertuner.core.model.StateJson;
import dev.powertuner.core.report.LogReport;
import dev.powertuner.core.viz.VisualizationUrl;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrafficProjectionTest {

    private static final String STATS = "'stats':[{'value':128,'averagePrice':1,'averageDuration':300},"
            + "{'value':256,'averagePrice':2,'averageDuration':100}]";
    private final Analyzer analyzer = new Analyzer(PriceTable.bundled(), "us-east-1", VisualizationUrl.DEFAULT_BASE);

    @Test
    void projectionAndRegionAreAddedOnlyWithTraffic() {
        String arn = "'lambdaConfigurations':{'lambdaARN':'arn:aws:lambda:eu-west-1:123456789012:function:api'},";

        JsonNode with = StateJson.toJson(analyzer.analyze(Runs.json("{" + arn + "'traffic':{'invocationsPerMonth':"
                + "1000000,'provisionedConcurrency':'auto'}," + STATS + "}")).orElseThrow());
        JsonNode without = StateJson.toJson(analyzer.analyze(Runs.json("{" + arn + STATS + "}")).orElseThrow());

        assertThat(with.path("region").asText()).isEqualTo("eu-west-1");
        assertThat(with.path("projection").path("sizes")).hasSize(2);
        assertThat(with.path("projection").path("traffic").path("provisionedConcurrency").asText()).isEqualTo("auto");
        assertThat(with.path("projection").path("optimum").path("power").asInt()).isEqualTo(256);
        assertThat(without.has("projection")).isFalse();
        assertThat(without.path("region").asText()).isEqualTo("eu-west-1");
    }

    @Test
    void invalidTrafficIsRefusedBeforeAnythingRuns() {
        var fake = Runs.fake();
        var initializer = new Initializer(fake, Runs.DEFAULTS);

        assertThatThrownBy(() -> initializer.initialize(Runs.json("{'lambdaARN':'fn','num':5,'traffic':"
                + "{'invocationsPerMonth':10,'coldStartRatio':2}}"), "exec"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("traffic.coldStartRatio");
    }

    @Test
    void coldFiguresSeparateWarmAndColdInvocations() {
        var reports = List.of(new LogReport(150, 2000, 0, 2150, 0), new LogReport(100, 0, 0, 100, 0),
                new LogReport(102, 0, 0, 102, 0));

        ColdStartFigures f = ColdStarts.of(reports, 0);

        assertThat(f.warmAverageDuration()).isEqualTo(101.0);
        assertThat(f.coldStartDuration()).isEqualTo(2150.0);
        assertThat(f.averageBilledInitDuration()).isEqualTo(2000.0);
    }

    @Test
    void snapStartColdStartIsRestorePlusDurationButBillsTheBilledRestoreOnly() {
        var reports = List.of(new LogReport(50, 0, 400, 50, 120), new LogReport(60, 0, 0, 60, 0));

        ColdStartFigures f = ColdStarts.of(reports, 0);

        assertThat(f.coldStartDuration()).isCloseTo(450.0, within(1e-9));
        assertThat(f.averageBilledInitDuration()).isEqualTo(120.0);
        assertThat(f.warmAverageDuration()).isEqualTo(60.0);
    }

    @Test
    void runWithoutColdStartsHasNoColdFigures() {
        ColdStartFigures f = ColdStarts.of(List.of(new LogReport(10, 0, 0, 10, 0)), 0);

        assertThat(f.coldStartDuration()).isNull();
        assertThat(f.averageBilledInitDuration()).isNull();
    }
}
