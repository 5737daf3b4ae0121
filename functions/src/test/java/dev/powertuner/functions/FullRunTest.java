package dev.powertuner.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.powertuner.core.error.AllPowerValuesFailedException;
import dev.powertuner.local.LocalLambda;
import dev.powertuner.local.function.FunctionDefinition;
import dev.powertuner.local.function.WorkloadProfile;
import dev.powertuner.local.state.FunctionSnapshot;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whole runs through the six real handlers and the real SDK adapters against Local Lambda (see {@link FullRun}).
 * After every run Local Lambda holds no alias or version the run created, and {@code $LATEST} has its original memory
 * and description (unless autoOptimize changed the memory on purpose).
 */
class FullRunTest {

    private static final String DESCRIPTION = "the user's function";
    /** 200 ms of CPU at one vCPU, 5 ms of I/O, 150 ms of init; needs 200 MB, so 128 MB runs out of memory. */
    private static final WorkloadProfile NEEDS_200_MB = new WorkloadProfile(200, 1, 5, 150, 200, 0, 0, null, 42L);

    /** 100 ms of CPU, 2 ms of I/O, 80 ms of init: cold starts report an init duration. */
    private static final WorkloadProfile WITH_INIT = new WorkloadProfile(100, 1, 2, 80, 0, 0, 0, null, 42L);

    private LocalLambda local;
    private FullRun run;
    private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
    private final AtomicInteger postInvocations = new AtomicInteger();

    @BeforeEach
    void start() {
        local = LocalLambda.builder()
                .function(FunctionDefinition.builder("target").memorySize(1024).description(DESCRIPTION)
                        .logFormat("JSON").profile(WITH_INIT).build())
                .function(FunctionDefinition.builder("oom").memorySize(1024).description(DESCRIPTION)
                        .profile(NEEDS_200_MB).build())
                .function(FunctionDefinition.builder("broken").memorySize(1024).description(DESCRIPTION)
                        .profile(new WorkloadProfile(10, 1, 0, 0, 0, 0, 1.0, "BoomError", 42L)).build())
                .function(FunctionDefinition.builder("recorder").memorySize(1024).description(DESCRIPTION)
                        .handlerFactory(env -> recorder()).build())
                .function(FunctionDefinition.builder("pre").handlerFactory(env -> preProcessor()).build())
                .function(FunctionDefinition.builder("post").handlerFactory(env -> postProcessor()).build())
                .start();
        run = new FullRun(Map.of("AWS_REGION", "us-east-1", "AWS_ACCESS_KEY_ID", "AKIDLOCAL",
                "AWS_SECRET_ACCESS_KEY", "local", "AWS_ENDPOINT_URL_LAMBDA", local.endpoint().toString(),
                "defaultPowerValues", "128,256,512,1024"));
    }

    @AfterEach
    void stop() {
        local.close();
    }

    private RequestStreamHandler recorder() {
        return (in, out, context) -> {
            received.computeIfAbsent(new String(in.readAllBytes(), StandardCharsets.UTF_8), k -> new AtomicInteger())
                    .incrementAndGet();
            out.write("{\"ok\":true}".getBytes(StandardCharsets.UTF_8));
        };
    }

    private static RequestStreamHandler preProcessor() {
        return (in, out, context) -> {
            JsonNode payload = JsonStreamHandler.MAPPER.readTree(in);
            ObjectNode changed = JsonStreamHandler.MAPPER.createObjectNode();
            changed.put("pre", true);
            changed.set("original", payload);
            JsonStreamHandler.MAPPER.writeValue(out, changed);
        };
    }

    private RequestStreamHandler postProcessor() {
        return (in, out, context) -> {
            postInvocations.incrementAndGet();
            out.write("null".getBytes(StandardCharsets.UTF_8));
        };
    }

    private static ObjectNode input(String function, int num, Integer... powerValues) {
        ObjectNode input = JsonStreamHandler.MAPPER.createObjectNode();
        input.put("lambdaARN", function);
        input.put("num", num);
        if (powerValues.length > 0) {
            input.putPOJO("powerValues", List.of(powerValues));
        }
        return input;
    }

    private void assertNothingLeftBehind(String function, int expectedMemory) {
        FunctionSnapshot snapshot = local.snapshot(function);
        assertThat(snapshot.aliases()).as("aliases of %s", function).isEmpty();
        assertThat(snapshot.versions()).as("versions of %s", function).isEmpty();
        assertThat(snapshot.memorySize()).isEqualTo(expectedMemory);
        assertThat(snapshot.description()).isEqualTo(DESCRIPTION);
    }

    private FullRun.Outcome runToCompletion(ObjectNode input, String name) throws IOException {
        FullRun.Outcome outcome = run.run(JsonStreamHandler.MAPPER.readTree(input.toString()), name);
        if (outcome.error() != null) {
            throw new AssertionError("run failed: " + outcome.error(), outcome.error());
        }
        return outcome;
    }

    @Test
    void defaultInputTunesTheDeploymentDefaultsWithJsonLogs() throws IOException {
        FullRun.Outcome outcome = runToCompletion(input("target", 10), "default-input");

        JsonNode stats = outcome.state().get("stats");
        assertThat(stats).hasSize(4);
        for (JsonNode stat : stats) {
            assertThat(stat.get("invocations").asInt()).isEqualTo(10);
            assertThat(stat.get("errors").asInt()).isZero();
            assertThat(stat.get("coldStarts").asInt()).isEqualTo(1);
            assertThat(stat.get("averageDuration").asDouble()).isPositive();
        }
        assertThat(outcome.analysis().get("power").asInt()).isIn(128, 256, 512, 1024);
        assertThat(outcome.analysis().get("stateMachine").get("visualization").asText())
                .startsWith("https://lambda-power-tuning.show/#");
        assertNothingLeftBehind("target", 1024);
    }

    @Test
    void publisherShortOfTimePublishesOneConfigurationPerCall() throws IOException {
        run.publisherRemainingMillis(10_000);

        FullRun.Outcome outcome = runToCompletion(input("target", 5, 256, 512, 1024), "short-of-time");

        assertThat(outcome.publisherCalls()).isEqualTo(3);
        assertThat(run.log()).filteredOn(line -> line.startsWith("Publisher:")).hasSize(3);
        assertNothingLeftBehind("target", 1024);
    }

    @Test
    void onlyColdStartsPublishesOneVersionPerInvocation() throws IOException {
        ObjectNode input = input("target", 5, 256, 512);
        input.put("onlyColdStarts", true);
        input.put("parallelInvocation", true);

        FullRun.Outcome outcome = runToCompletion(input, "cold-starts");

        for (JsonNode stat : outcome.state().get("stats")) {
            assertThat(stat.get("invocations").asInt()).isEqualTo(5);
            assertThat(stat.get("coldStarts").asInt()).isEqualTo(5);
        }
        assertThat(outcome.state().get("lambdaConfigurations").get("iterator").get("count").asInt()).isEqualTo(10);
        assertNothingLeftBehind("target", 1024);
    }

    @Test
    void weightedPayloadsAreSentInProportion() throws IOException {
        ObjectNode input = input("recorder", 8, 256);
        input.set("payload", JsonStreamHandler.MAPPER.readTree(
                "[{\"payload\":{\"a\":1},\"weight\":25},{\"payload\":{\"b\":2},\"weight\":75}]"));

        runToCompletion(input, "weighted");

        assertThat(received).containsOnlyKeys("{\"a\":1}", "{\"b\":2}");
        assertThat(received.get("{\"a\":1}")).hasValue(2);
        assertThat(received.get("{\"b\":2}")).hasValue(6);
        assertNothingLeftBehind("recorder", 1024);
    }

    @Test
    void payloadS3IsFetchedThroughTheS3EndpointOfTheEnvironment() throws IOException {
        HttpServer s3 = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        s3.createContext("/payloads/weighted.json", exchange -> {
            byte[] body = "[{\"payload\":{\"s3\":1},\"weight\":1},{\"payload\":{\"s3\":2},\"weight\":1}]"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        s3.start();
        try {
            FullRun withS3 = new FullRun(Map.of("AWS_REGION", "us-east-1", "AWS_ACCESS_KEY_ID", "AKIDLOCAL",
                    "AWS_SECRET_ACCESS_KEY", "local", "AWS_ENDPOINT_URL_LAMBDA", local.endpoint().toString(),
                    "AWS_ENDPOINT_URL_S3", "http://127.0.0.1:" + s3.getAddress().getPort()));
            ObjectNode input = input("recorder", 6, 256);
            input.put("payloadS3", "s3://payloads/weighted.json");

            FullRun.Outcome outcome = withS3.run(JsonStreamHandler.MAPPER.readTree(input.toString()), "s3");

            assertThat(outcome.error()).isNull();
            assertThat(received).containsOnlyKeys("{\"s3\":1}", "{\"s3\":2}");
            assertThat(received.get("{\"s3\":1}")).hasValue(3);
            assertNothingLeftBehind("recorder", 1024);
        } finally {
            s3.stop(0);
        }
    }

    @Test
    void preAndPostProcessorsWrapEveryInvocation() throws IOException {
        ObjectNode input = input("recorder", 5, 256, 512);
        input.putObject("payload").put("x", 1);
        input.put("preProcessorARN", local.functionArn("pre"));
        input.put("postProcessorARN", local.functionArn("post"));

        runToCompletion(input, "processors");

        assertThat(received).containsOnlyKeys("{\"pre\":true,\"original\":{\"x\":1}}");
        assertThat(received.get("{\"pre\":true,\"original\":{\"x\":1}}")).hasValue(10);
        assertThat(postInvocations).hasValue(10);
        assertNothingLeftBehind("recorder", 1024);
    }

    @Test
    void autoOptimizeWithoutAliasLeavesLatestAtTheOptimum() throws IOException {
        ObjectNode input = input("target", 5, 256, 1024);
        input.put("autoOptimize", true);

        FullRun.Outcome outcome = runToCompletion(input, "auto-optimize");

        assertNothingLeftBehind("target", outcome.analysis().get("power").asInt());
    }

    @Test
    void autoOptimizeAliasPublishesTheOptimumWithTheOriginalDescription() throws IOException {
        ObjectNode input = input("target", 5, 256, 1024);
        input.put("autoOptimize", true);
        input.put("autoOptimizeAlias", "prod");

        FullRun.Outcome outcome = runToCompletion(input, "auto-optimize-alias");

        int power = outcome.analysis().get("power").asInt();
        FunctionSnapshot snapshot = local.snapshot("target");
        assertThat(snapshot.aliases()).containsOnlyKeys("prod");
        assertThat(snapshot.versions()).singleElement().satisfies(v -> {
            assertThat(v.memorySize()).isEqualTo(power);
            assertThat(v.description()).isEqualTo(DESCRIPTION);
            assertThat(snapshot.aliases().get("prod")).isEqualTo(v.version());
        });
        assertThat(snapshot.memorySize()).isEqualTo(power);
        assertThat(snapshot.description()).isEqualTo(DESCRIPTION);
    }

    @Test
    void valuesThatRunOutOfMemoryFailAndTheOptimumIsAmongTheRest() throws IOException {
        ObjectNode input = input("oom", 5, 128, 256, 512);
        input.put("includeOutputResults", true);

        FullRun.Outcome outcome = runToCompletion(input, "oom");

        JsonNode analysis = outcome.analysis();
        assertThat(analysis.get("power").asInt()).isIn(256, 512);
        assertThat(analysis.get("failedPowerValues")).singleElement().satisfies(f -> {
            assertThat(f.get("power").asInt()).isEqualTo(128);
            assertThat(f.get("errorType").asText()).isEqualTo("Runtime.OutOfMemory");
        });
        assertThat(analysis.get("stats").get(0).get("failed").asBoolean()).isTrue();
        assertNothingLeftBehind("oom", 1024);
    }

    @Test
    void targetThatAlwaysErrorsFailsTheRunWithThatErrorAndIsCleanedUp() throws IOException {
        FullRun.Outcome outcome = run.run(input("broken", 5, 128, 256), "broken");

        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.error()).isInstanceOf(AllPowerValuesFailedException.class)
                .hasMessageContaining("BoomError");
        assertThat(outcome.state().get("error").get("Error").asText())
                .isEqualTo(AllPowerValuesFailedException.class.getName());
        assertNothingLeftBehind("broken", 1024);
    }

    @Test
    void injectedThrottlingAndUpdateConflictsDoNotFailTheRun() throws IOException {
        local.faults().throttleInvokes(4);
        local.faults().throttleControlPlane(4);
        local.faults().conflictOnUpdate(2);
        ObjectNode input = input("target", 5, 256, 512);
        input.put("parallelInvocation", true);

        FullRun.Outcome outcome = runToCompletion(input, "faults");

        assertThat(outcome.analysis().get("power").asInt()).isIn(256, 512);
        assertThat(local.stats("target").throttles()).isPositive();
        assertNothingLeftBehind("target", 1024);
    }
}
