package dev.powertuner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** A Local Lambda run with an Init phase, projected at a 50 % cold-start ratio; figures checked against its own stats. */
class LocalProjectionTest {
    private static final String PROFILE = "profile:cpuMs=200,ioMs=50,initMs=2000,memoryMb=128";
    private static final double INVOCATIONS = 1_000_000;
    private static final double GB_SECOND = 1.66667e-5;
    private static final double REQUEST = 2.0e-7;

    @Test
    void coldStartsAtHalfTheInvocationsAreBilledAndReachTheP99() {
        CliHarness.Result result = CliHarness.run("local", "--target", PROFILE, "--power-values", "128,1024", "--num", "5",
                "--traffic", "invocationsPerMonth=1000000,coldStartRatio=0.5", "--json");

        assertThat(result.code()).as(result.err()).isEqualTo(0);
        JsonNode output = Json.parse(result.out(), "output");
        JsonNode projection = output.path("projection");
        assertThat(projection.path("sizes")).hasSize(2);
        for (int i = 0; i < 2; i++) {
            JsonNode stats = output.path("stats").get(i);
            JsonNode size = projection.path("sizes").get(i);
            double gb = stats.path("value").asInt() / 1024.0;
            double warm = stats.path("warmAverageDuration").asDouble();
            double coldLatency = stats.path("coldStartDuration").asDouble();
            double init = stats.path("averageInitDuration").asDouble();
            double billedInit = stats.path("averageBilledInitDuration").asDouble();
            double cold = INVOCATIONS * 0.5;
            assertThat(stats.path("coldStarts").asInt()).isEqualTo(1);
            assertThat(init).isGreaterThan(0);
            assertThat(size.path("initCost").asDouble()).isGreaterThan(0)
                    .isCloseTo(cold * gb * Math.ceil(billedInit) / 1000 * GB_SECOND, within(1e-9));
            double duration = (cold * Math.ceil(warm) + cold * Math.ceil(coldLatency - init)) * gb / 1000 * GB_SECOND;
            assertThat(size.path("durationCost").asDouble()).isCloseTo(duration, within(1e-9));
            assertThat(size.path("requestCost").asDouble()).isCloseTo(INVOCATIONS * REQUEST, within(1e-9));
            assertThat(size.path("p99Latency").asDouble()).isEqualTo(coldLatency).isGreaterThan(init);
            assertThat(size.path("p50Latency").asDouble()).isEqualTo(warm);
        }
    }

    @Test
    void projectionTableFollowsTheResultTableAndMonthlyCostIsAThreshold() {
        CliHarness.Result result = CliHarness.run("local", "--target", PROFILE, "--power-values", "128,1024", "--num", "5",
                "--traffic", "invocationsPerMonth=1000000", "--max-monthly-cost", "0.01");

        assertThat(result.code()).as(result.err()).isEqualTo(3);
        assertThat(result.out()).contains("projection: 1,000,000 invocations per month, 1.00 % cold starts");
        assertThat(result.out().indexOf("projection:")).isGreaterThan(result.out().indexOf("optimum:"));
        assertThat(result.err()).contains("threshold breached: monthly cost", "exceeds --max-monthly-cost 0.010000");
    }
}
