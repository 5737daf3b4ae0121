package dev.powertuner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrafficOptionTest {

    @Test
    void trafficFlagBecomesTheInputsTrafficObject() {
        TuningInputOptions o = new TuningInputOptions();
        o.function = "f";
        o.traffic = "invocationsPerMonth=10_000_000,coldStartRatio=0.02,provisionedConcurrency=auto";

        JsonNode traffic = InputBuilder.build(o, InputStream.nullInputStream()).get("traffic");

        assertThat(traffic.path("invocationsPerMonth").doubleValue()).isEqualTo(10_000_000.0);
        assertThat(traffic.path("coldStartRatio").doubleValue()).isEqualTo(0.02);
        assertThat(traffic.path("provisionedConcurrency").textValue()).isEqualTo("auto");
    }

    @Test
    void trafficInTheInputFileIsValidatedToo() {
        TuningInputOptions o = new TuningInputOptions();
        o.input = "-";
        InputStream stdin = new ByteArrayInputStream(
                "{\"lambdaARN\":\"f\",\"traffic\":{\"invocationsPerMonth\":5,\"provisionedConcurrency\":-1}}"
                        .getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> InputBuilder.build(o, stdin)).isInstanceOf(UsageException.class)
                .hasMessageContaining("traffic.provisionedConcurrency: must be a non-negative integer or \"auto\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"invocationsPerMonth", "invocationsPerMonth=ten", "invocationsPerMonth=1,burst=2",
        "invocationsPerMonth=-5", "invocationsPerMonth=1,provisionedConcurrency=2.5"})
    void malformedTrafficIsAUsageError(String text) {
        assertThatThrownBy(() -> TrafficOption.parse(text)).isInstanceOf(UsageException.class)
                .hasMessageContaining("raffic");
    }

    @Test
    void localWithInvalidTrafficExitsTwoBeforeAnythingStarts() {
        CliHarness.Result result = CliHarness.run("local", "--target", "profile:cpuMs=1", "--num", "5", "--traffic",
                "invocationsPerMonth=1000,coldStartRatio=1.5");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("traffic.coldStartRatio: must be a number from 0 to 1");
    }

    @Test
    void noWaitCannotCheckAMonthlyCost() {
        CliHarness.Result result = CliHarness.run("run", "--state-machine-arn",
                "arn:aws:states:us-east-1:123456789012:stateMachine:powertuner", "--function", "f", "--num", "5",
                "--no-wait", "--max-monthly-cost", "10");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--max-monthly-cost");
    }
}
