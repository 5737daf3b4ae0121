package dev.powertuner.core.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.powertuner.core.cost.PriceTable;
import dev.powertuner.core.error.AllPowerValuesFailedException;
import dev.powertuner.core.error.InvalidInputException;
import dev.powertuner.core.model.Analysis;
import dev.powertuner.core.model.StateJson;
import dev.powertuner.core.viz.VisualizationUrl;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalyzerTest {

    private static final String OK_128 = "{'value':128,'averagePrice':100,'averageDuration':300,'totalCost':1,"
            + "'architecture':'arm64','currency':'USD'}";
    private static final String OK_256 = "{'value':256,'averagePrice':200,'averageDuration':200,'totalCost':2}";
    private static final String FAILED_512 = "{'value':512,'failed':true,'errorType':'Boom','errorMessage':'bad',"
            + "'invocations':3,'errors':1,'totalCost':4}";

    private final Analyzer analyzer = new Analyzer(PriceTable.bundled(), "us-east-1", VisualizationUrl.DEFAULT_BASE);

    private Analysis analyze(String state) {
        return analyzer.analyze(Runs.json(state)).orElseThrow();
    }

    @Test
    void failedValuesAreExcludedButCostedAndListed() {
        Analysis a = analyze("{'strategy':'speed','includeOutputResults':true,'stats':[" + OK_128 + "," + OK_256 + ","
                + FAILED_512 + "]}");

        assertThat(a.power()).isEqualTo(256);
        assertThat(a.lambdaCost()).isEqualTo(7.0);
        assertThat(a.failedPowerValues()).hasSize(1);
        assertThat(a.failedPowerValues().get(0).power()).isEqualTo(512);
        assertThat(a.executionCost()).isEqualTo(0.00038);
        assertThat(VisualizationUrl.decode(a.visualization()).series().get(0).powers()).containsExactly(128, 256);
        JsonNode json = StateJson.toJson(a);
        assertThat(json.path("stats").get(2).has("averagePrice")).isFalse();
        assertThat(json.path("stats").get(2).path("failed").asBoolean()).isTrue();
        assertThat(json.path("architecture").asText()).isEqualTo("arm64");
        assertThat(json.path("currency").asText()).isEqualTo("USD");
    }

    @Test
    void outputKeysKeepTheReferenceOrderThenTheNewFields() {
        JsonNode json = StateJson.toJson(analyze("{'includeOutputResults':true,'stats':[" + OK_128 + "," + FAILED_512 + "]}"));

        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        List<String> machine = new ArrayList<>();
        json.path("stateMachine").fieldNames().forEachRemaining(machine::add);

        assertThat(keys).containsExactly("power", "cost", "duration", "stateMachine", "stats", "currency", "architecture",
                "region", "failedPowerValues");
        assertThat(machine).containsExactly("executionCost", "lambdaCost", "visualization");
        assertThat(json.path("power").isNumber()).isTrue();
    }

    @Test
    void outputNamesTheTunedFunctionWithoutAccountOrRegion() {
        JsonNode json = StateJson.toJson(analyze("{'lambdaARN':'api','lambdaConfigurations':"
                + "{'lambdaARN':'arn:aws:lambda:eu-west-1:123456789012:function:api'},'stats':[" + OK_128 + "]}"));

        assertThat(json.path("functionName").asText()).isEqualTo("api");
        assertThat(json.toString()).doesNotContain("123456789012");
    }

    @Test
    void failedPowerValuesIsOmittedWhenNothingFailed() {
        JsonNode json = StateJson.toJson(analyze("{'stats':[" + OK_128 + "]}"));

        assertThat(json.has("failedPowerValues")).isFalse();
        assertThat(json.has("stats")).isFalse();
    }

    @Test
    void everyValueFailingThrowsAllPowerValuesFailed() {
        assertThatThrownBy(() -> analyze("{'stats':[" + FAILED_512 + "]}"))
                .isInstanceOf(AllPowerValuesFailedException.class)
                .hasMessage("All power values failed: 512 (Boom: bad)");
    }

    @Test
    void allFailedMessageCarriesTheFunctionsOwnMessage() {
        assertThatThrownBy(() -> analyze("{'stats':[{'value':128,'failed':true,'errorType':'MyError','errorMessage':"
                + "'Invocation error (running in series) with payload \\\"null\\\" - original error type: \\\"MyError\\\","
                + " original error message: \\\"RequestId: 0a1b-2c Error: database is down\\\",trace: \\\"[]\\\"'}]}"))
                .isInstanceOf(AllPowerValuesFailedException.class)
                .hasMessage("All power values failed: 128 (MyError: database is down)");
    }

    @Test
    void unknownStrategyIsRejectedWithTheValidationMessage() {
        assertThatThrownBy(() -> analyze("{'strategy':'fastest','stats':[" + OK_128 + "]}"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Invalid strategy: \"fastest\". Valid strategies are cost, speed and balanced.");
    }

    @Test
    void dryRunIsEmptyButStatsAreCheckedFirst() {
        assertThat(analyzer.analyze(Runs.json("{'dryRun':true,'stats':[" + OK_128 + "]}"))).isEmpty();
        assertThatThrownBy(() -> analyzer.analyze(Runs.json("{'dryRun':true}"))).hasMessage("Wrong input {\"dryRun\":true}");
    }

    @Test
    void lambdaCostIsSummedInTheStrategysOrderAsTheReferenceDoes() {
        // in powerValues order (0.1 + 0.2) + 0.3 = 0.6000000000000001; the reference sums the sorted stats: 0.3 + 0.2 + 0.1
        Analysis a = analyze("{'strategy':'speed','stats':[{'value':128,'averagePrice':1,'averageDuration':300,'totalCost':0.1},"
                + "{'value':256,'averagePrice':2,'averageDuration':200,'totalCost':0.2},"
                + "{'value':512,'averagePrice':3,'averageDuration':100,'totalCost':0.3}]}");

        assertThat(a.power()).isEqualTo(512);
        assertThat(a.lambdaCost()).isEqualTo(0.6);
    }

    @Test
    void dryRunThatIsNotABooleanIsRefusedNotReadAsTrue() {
        assertThatThrownBy(() -> analyzer.analyze(Runs.json("{'dryRun':'false','stats':[" + OK_128 + "]}")))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("Invalid dryRun: \"false\" is not a boolean");
    }

    @Test
    void chinaTunerAddsTheCurrencyToTheUrlAndPricesTransitionsInCny() {
        Analyzer china = new Analyzer(PriceTable.bundled(), "cn-north-1", VisualizationUrl.DEFAULT_BASE);
        ObjectNode state = Runs.json("{'stats':[" + OK_128 + "," + OK_256 + ",{'value':512,'averagePrice':3,"
                + "'averageDuration':3,'totalCost':3},{'value':1024,'averagePrice':4,'averageDuration':4,'totalCost':4}]}");

        Analysis a = china.analyze(state).orElseThrow();

        assertThat(a.visualization()).startsWith("https://lambda-power-tuning.show/?currency=CNY#");
        assertThat(a.executionCost()).isEqualTo(0.0034);
    }
}
