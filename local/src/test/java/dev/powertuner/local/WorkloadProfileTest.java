package dev.powertuner.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.powertuner.local.function.FunctionDefinition;
import dev.powertuner.local.function.WorkloadProfile;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;

class WorkloadProfileTest {
    private static final Pattern DURATION = Pattern.compile("\tDuration: ([0-9.]+) ms");
    private static final Pattern INIT = Pattern.compile("Init Duration: ([0-9.]+) ms");
    /** Noisy init, duration and errors, so that every draw of an invocation shows in what it reports. */
    private static final WorkloadProfile NOISY = new WorkloadProfile(100, 1, 50, 100, 0, 0.2, 0.3, null, 11);

    @Test
    void vcpuShareGrowsLinearlyUpToSix() {
        assertThat(WorkloadProfile.vcpus(1769)).isEqualTo(1.0);
        assertThat(WorkloadProfile.vcpus(128)).isEqualTo(128 / 1769.0);
        assertThat(WorkloadProfile.vcpus(10240)).isEqualTo(10240 / 1769.0);
        assertThat(WorkloadProfile.vcpus(20000)).isEqualTo(6.0);
    }

    @Test
    void durationIsIoPlusCpuOverUsableVcpus() {
        WorkloadProfile single = new WorkloadProfile(1000, 1, 50, 0, 0, 0, 0, null, 1);
        WorkloadProfile parallel = new WorkloadProfile(1000, 4, 50, 0, 0, 0, 0, null, 1);

        assertThat(single.durationMs(3538)).isEqualTo(1050.0);
        assertThat(parallel.durationMs(3538)).isEqualTo(550.0);
        assertThat(parallel.durationMs(10240)).isCloseTo(300.0, within(1e-9));
    }

    @Test
    void initDurationScalesOnlyBelowOneVcpu() {
        WorkloadProfile p = new WorkloadProfile(0, 1, 0, 200, 0, 0, 0, null, 1);

        assertThat(p.initDurationMs(3008)).isEqualTo(200.0);
        assertThat(p.initDurationMs(1769)).isEqualTo(200.0);
        assertThat(p.initDurationMs(884)).isCloseTo(200 * 1769 / 884.0, within(1e-9));
    }

    @Test
    void meanWarmDurationFollowsTheCpuModel() {
        try (LocalLambda lambda = LocalLambda.builder().updateDelay(Duration.ZERO).activationDelay(Duration.ZERO)
                .function(FunctionDefinition.builder("cpu").timeout(60).profile(WorkloadProfile.of(1000, 0)).build())
                .start();
             LambdaClient client = TestClients.lambda(lambda.endpoint())) {
            double at128 = meanWarmDuration(client, 128);
            double at1769 = meanWarmDuration(client, 1769);
            double at3008 = meanWarmDuration(client, 3008);

            assertThat(at128 / at1769).isCloseTo(1769 / 128.0, within(1769 / 128.0 * 0.01));
            assertThat(at3008).isCloseTo(at1769, within(at1769 * 0.01));
            assertThat(at1769).isCloseTo(1000.0, within(0.01));
        }
    }

    @Test
    void seededJitterIsReproducible() {
        WorkloadProfile noisy = new WorkloadProfile(1000, 1, 0, 0, 0, 0.2, 0, null, 7);

        assertThat(durations(noisy)).isEqualTo(durations(noisy)).doesNotHaveDuplicates();
    }

    @Test
    void eachSizeSeesTheSameNoiseWhateverTheOrderOfInvocations() {
        // given: versions 1 (128 MB) and 2 (1,024 MB), invoked one size after the other or interleaved
        String sequential = "111111222222";
        String interleaved = "212121212121";

        // when
        Map<String, List<String>> first = perSize(NOISY, sequential);
        Map<String, List<String>> second = perSize(NOISY, interleaved);

        // then: each size's sequence of (init, duration, error) is the same, and a shorter run sees its beginning
        assertThat(second).isEqualTo(first);
        assertThat(first.get("1")).doesNotHaveDuplicates().anyMatch(r -> r.endsWith("error"))
                .anyMatch(r -> r.endsWith("ok"));
        assertThat(first.get("1").get(0)).startsWith("init ");
        assertThat(perSize(NOISY, "2122").get("2")).isEqualTo(first.get("2").subList(0, 3));
        assertThat(perSize(NOISY.withSeed(12), sequential).get("1")).doesNotContainAnyElementsOf(first.get("1"));
    }

    /** Runs {@code order} (version numbers) on a fresh service; what each invocation reported, by version. */
    private static Map<String, List<String>> perSize(WorkloadProfile profile, String order) {
        try (LocalLambda lambda = LocalLambda.builder().timeScale(0).updateDelay(Duration.ZERO)
                .activationDelay(Duration.ZERO)
                .function(FunctionDefinition.builder("n").memorySize(128).profile(profile).build()).start();
             LambdaClient client = TestClients.lambda(lambda.endpoint())) {
            client.publishVersion(r -> r.functionName("n"));
            client.updateFunctionConfiguration(r -> r.functionName("n").memorySize(1024));
            client.publishVersion(r -> r.functionName("n"));
            Map<String, List<String>> out = Map.of("1", new ArrayList<>(), "2", new ArrayList<>());
            for (char version : order.toCharArray()) {
                out.get(String.valueOf(version)).add(report(client, "n:" + version));
            }
            return out;
        }
    }

    private static String report(LambdaClient client, String function) {
        InvokeResponse response = client.invoke(r -> r.functionName(function).logType(LogType.TAIL));
        String log = new String(Base64.getDecoder().decode(response.logResult()), StandardCharsets.UTF_8);
        Matcher init = INIT.matcher(log);
        Matcher duration = DURATION.matcher(log);
        assertThat(duration.find()).isTrue();
        return (init.find() ? "init " + init.group(1) + " " : "") + duration.group(1) + " "
                + (response.functionError() == null ? "ok" : "error");
    }

    private static double[] durations(WorkloadProfile profile) {
        try (LocalLambda lambda = LocalLambda.builder().timeScale(0)
                .function(FunctionDefinition.builder("n").memorySize(1769).profile(profile).build()).start();
             LambdaClient client = TestClients.lambda(lambda.endpoint())) {
            double[] out = new double[5];
            for (int i = 0; i < out.length; i++) {
                out[i] = duration(client, "n");
            }
            for (double d : out) {
                assertThat(d).isBetween(800.0, 1200.0);
            }
            return out;
        }
    }

    private static double meanWarmDuration(LambdaClient client, int memory) {
        client.updateFunctionConfiguration(r -> r.functionName("cpu").memorySize(memory));
        duration(client, "cpu");
        double sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += duration(client, "cpu");
        }
        return sum / 10;
    }

    private static double duration(LambdaClient client, String function) {
        String log = new String(Base64.getDecoder().decode(client.invoke(r -> r.functionName(function)
                .logType(LogType.TAIL)).logResult()), StandardCharsets.UTF_8);
        Matcher m = DURATION.matcher(log);
        assertThat(m.find()).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
