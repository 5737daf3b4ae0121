package dev.powertuner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectionCommandTest {

    private static final double[] SEED_COSTS = {0.024628, 0.028035, 0.026830, 0.024638};

    @Test
    void reportReproducesTheSeedTableFromASavedOutput(@TempDir Path dir) {
        Path output = Fixtures.file(dir, "outputs/seed.json");

        CliHarness.Result result = CliHarness.run("report", output.toString(), "--region", "us-east-1", "--traffic",
                "invocationsPerMonth=1000,coldStartRatio=0", "--json");

        assertThat(result.code()).isEqualTo(0);
        JsonNode json = Json.parse(result.out(), "out");
        JsonNode sizes = json.path("projection").path("sizes");
        for (int i = 0; i < SEED_COSTS.length; i++) {
            assertThat(sizes.get(i).path("monthlyCost").asDouble()).isCloseTo(SEED_COSTS[i], withPercentage(0.1));
        }
        assertThat(json.path("projection").path("optimum").path("power").asInt()).isEqualTo(1024);
        assertThat(json.path("region").asText()).isEqualTo("us-east-1");
        assertThat(json.path("power").asInt()).isEqualTo(1024);
    }

    @Test
    void reportPrintsTheProjectionTableAndTheChart(@TempDir Path dir) throws IOException {
        Path output = Fixtures.file(dir, "outputs/seed.json");
        Path html = dir.resolve("r.html");

        CliHarness.Result result = CliHarness.run("report", output.toString(), "--region", "us-east-1", "--traffic",
                "invocationsPerMonth=100000000,provisionedConcurrency=auto", "--html", html.toString());

        assertThat(result.code()).isEqualTo(0);
        assertThat(result.out()).contains("projection: 100,000,000 invocations per month", "optimum under traffic:",
                "break-even");
        assertThat(Files.readString(html)).contains("Monthly cost under traffic", MonthlyCostChart.ON_DEMAND_COLOUR,
                MonthlyCostChart.PROVISIONED_COLOUR, "class=\"provisioned-concurrency\"");
    }

    @Test
    void maxMonthlyCostBreachedExitsThree(@TempDir Path dir) {
        Path output = Fixtures.file(dir, "outputs/seed.json");

        CliHarness.Result breached = CliHarness.run("report", output.toString(), "--region", "us-east-1", "--traffic",
                "invocationsPerMonth=1000", "--max-monthly-cost", "0.02");
        CliHarness.Result within = CliHarness.run("report", output.toString(), "--region", "us-east-1", "--traffic",
                "invocationsPerMonth=1000", "--max-monthly-cost", "0.03");

        assertThat(breached.code()).isEqualTo(3);
        assertThat(breached.err()).contains("--max-monthly-cost");
        assertThat(within.code()).isEqualTo(0);
    }

    @Test
    void pricesFileSetsTheProvisionedConcurrencyPrice(@TempDir Path dir) throws IOException {
        Path output = Fixtures.file(dir, "outputs/seed.json");
        Path prices = dir.resolve("prices.json");
        Files.writeString(prices, "{\"lambda\":{\"eu-west-3\":{\"x86_64\":{\"gbSecond\":1.66667e-5,"
                + "\"provisionedGbSecond\":1e-5,\"provisionedDurationGbSecond\":9.7222e-6}}}}");

        CliHarness.Result result = CliHarness.run("report", output.toString(), "--region", "eu-west-3", "--traffic",
                "invocationsPerMonth=1000,provisionedConcurrency=1", "--prices", prices.toString(), "--json");

        assertThat(result.code()).as(result.err()).isEqualTo(0);
        JsonNode size = Json.parse(result.out(), "out").path("projection").path("sizes").get(3);
        assertThat(size.path("provisionedConcurrencyCost").asDouble()).isCloseTo(730 * 3600 * 1e-5, withPercentage(1e-9));
    }

    @Test
    void savedOutputWithoutStatsAsksForIncludeOutputResults(@TempDir Path dir) {
        Path output = Fixtures.file(dir, "outputs/reference.json");

        CliHarness.Result result = CliHarness.run("report", output.toString(), "--region", "us-east-1", "--traffic",
                "invocationsPerMonth=1000");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("includeOutputResults");
    }

    @Test
    void outputWithoutRegionNeedsTheRegionOption(@TempDir Path dir) {
        Path output = Fixtures.file(dir, "outputs/seed.json");

        CliHarness.Result result = CliHarness.run("report", output.toString(), "--traffic", "invocationsPerMonth=1000");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--region");
    }

    @Test
    void invalidTrafficIsAUsageErrorNamingTheField(@TempDir Path dir) {
        Path output = Fixtures.file(dir, "outputs/seed.json");

        CliHarness.Result ratio = CliHarness.run("report", output.toString(), "--region", "us-east-1", "--traffic",
                "invocationsPerMonth=1000,coldStartRatio=2");
        CliHarness.Result count = CliHarness.run("report", output.toString(), "--region", "us-east-1", "--traffic",
                "invocationsPerMonth=1000,provisionedConcurrency=some");
        CliHarness.Result missing = CliHarness.run("report", output.toString(), "--region", "us-east-1", "--traffic",
                "coldStartRatio=0.1");

        assertThat(ratio.code()).isEqualTo(2);
        assertThat(ratio.err()).contains("traffic.coldStartRatio", "from 0 to 1");
        assertThat(count.code()).isEqualTo(2);
        assertThat(count.err()).contains("provisionedConcurrency");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("traffic.invocationsPerMonth", "required");
    }
}
