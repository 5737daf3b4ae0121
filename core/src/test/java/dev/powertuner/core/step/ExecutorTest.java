package dev.powertuner.core.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.powertuner.core.FakeLambda;
import dev.powertuner.core.cost.PriceTable;
import dev.powertuner.core.error.InvalidInputException;
import dev.powertuner.core.error.ProcessorFailedException;
import dev.powertuner.core.model.PowerValueResult;
import dev.powertuner.core.port.InvocationResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExecutorTest {

    static final double[][] WORKED = {
        {0.1, 0.1, 1}, {0.5, 0, 1}, {2.0, 0, 2}, {3.0, 0, 3}, {3.0, 0, 3},
        {4.0, 0, 4}, {4.5, 0, 5}, {10, 0, 10}, {50, 0, 50}, {200, 0, 200},
    };
    static final PriceTable P = Runs.prices(2.1e-9, 1.7e-9);

    private final FakeLambda fake = Runs.fake();
    private final List<Long> sleeps = Collections.synchronizedList(new ArrayList<>());

    private PowerValueResult run(String input, int value) {
        ObjectNode state = Runs.published(fake, Runs.json(input));
        return new Executor(fake, Runs.NO_S3, sleeps::add, P, 100).execute(Runs.event(state, value), () -> 600_000L);
    }

    @ParameterizedTest
    @CsvSource({"0.7, 3.5, 8.4e-9", "0.4, 3.5, 8.4e-9", "0.2, 4.416666666666667, 1.0500000000000001e-8",
        "0, 27.72, 5.8800000000000004e-8"})
    void workedExampleOfSection6(double discard, double duration, double price) {
        fake.withBehaviour(Runs.NAME, Runs.rows(WORKED));

        PowerValueResult r = run("{'lambdaARN':'fn','num':10,'powerValues':[128],'discardTopBottom':" + discard + "}", 128);

        assertThat(r.averageDuration()).isEqualTo(duration);
        assertThat(r.averagePrice()).isEqualTo(price);
        assertThat(r.totalCost()).isEqualTo(5.859000000000001e-7);
    }

    @Test
    void onlyColdStartsWithoutDiscardAveragesEverything() {
        fake.withBehaviour(Runs.NAME, Runs.rows(WORKED));

        PowerValueResult r = run("{'lambdaARN':'fn','num':10,'powerValues':[128],'onlyColdStarts':true}", 128);

        assertThat(r.averageDuration()).isEqualTo(27.72);
        assertThat(fake.log()).contains("waitUntilFunctionActive:RAM128-0", "Invoke:RAM128-9");
        assertThat(fake.calls("waitUntilFunctionActive")).isEqualTo(10);
    }

    @Test
    void pricesAt1024AndArm64FollowTheWorkedExample() {
        fake.withBehaviour(Runs.NAME, Runs.rows(WORKED));
        PowerValueResult x86 = run("{'lambdaARN':'fn','num':10,'powerValues':[1024]}", 1024);
        FakeLambda armFake = Runs.fake().withArchitecture(Runs.NAME, "arm64").withBehaviour(Runs.NAME, Runs.rows(WORKED));
        ObjectNode state = Runs.published(armFake, Runs.json("{'lambdaARN':'fn','num':10,'powerValues':[1024]}"));
        PowerValueResult arm = new Executor(armFake, Runs.NO_S3, ms -> { }, P, 10)
                .execute(Runs.event(state, 1024), () -> 600_000L);

        assertThat(x86.averagePrice()).isEqualTo(8.400000000000001e-8);
        assertThat(x86.totalCost()).isEqualTo(4.687200000000001e-6);
        assertThat(arm.averagePrice()).isEqualTo(6.8e-8);
        assertThat(arm.architecture()).isEqualTo("arm64");
    }

    @Test
    void richerStatisticsCountColdStartsAndPercentiles() {
        fake.withBehaviour(Runs.NAME, Runs.rows(WORKED));

        PowerValueResult r = run("{'lambdaARN':'fn','num':10,'powerValues':[128]}", 128);

        assertThat(r.invocations()).isEqualTo(10);
        assertThat(r.errors()).isZero();
        assertThat(r.coldStarts()).isEqualTo(1);
        assertThat(r.averageInitDuration()).isEqualTo(0.1);
        assertThat(r.minDuration()).isEqualTo(0.2);
        assertThat(r.maxDuration()).isEqualTo(200.0);
        assertThat(r.p50Duration()).isEqualTo(3.0);
        assertThat(r.p90Duration()).isEqualTo(50.0);
        assertThat(r.p99Duration()).isEqualTo(200.0);
        assertThat(r.stdDevDuration()).isGreaterThan(60).isLessThan(65);
        assertThat(r.requestPrice()).isZero();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void invocationCountsFollowNumAndProcessors(boolean parallel) {
        fake.withFunction("pre", 128, "").withFunction("post", 128, "")
                .withBehaviour("pre", (q, m, p, i) -> new InvocationResult(null, "{\"pre\":true}", null));

        PowerValueResult r = run("{'lambdaARN':'fn','num':10,'powerValues':[256],'parallelInvocation':" + parallel
                + ",'preProcessorARN':'pre','postProcessorARN':'post'}", 256);

        assertThat(r.invocations()).isEqualTo(10);
        assertThat(fake.calls("Invoke")).isEqualTo(30);
    }

    @Test
    void dryRunInvokesOnce() {
        PowerValueResult r = run("{'lambdaARN':'fn','num':1000,'powerValues':[128],'dryRun':true}", 128);

        assertThat(fake.calls("Invoke")).isEqualTo(1);
        assertThat(r.invocations()).isEqualTo(1);
    }

    @Test
    void seriesSleepsAfterEveryInvocationAndParallelNever() {
        run("{'lambdaARN':'fn','num':10,'powerValues':[128],'sleepBetweenRunsMs':50}", 128);
        assertThat(sleeps).hasSize(10).containsOnly(50L);

        sleeps.clear();
        run("{'lambdaARN':'fn','num':10,'powerValues':[128],'sleepBetweenRunsMs':50,'parallelInvocation':true}", 128);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void parallelRunsUseTheCallersPoolAndLeaveItRunning() {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            ObjectNode state = Runs.published(fake, Runs.json("{'lambdaARN':'fn','num':10,'powerValues':[128],"
                    + "'parallelInvocation':true}"));
            Executor executor = new Executor(fake, Runs.NO_S3, sleeps::add, P, 100, pool);

            PowerValueResult first = executor.execute(Runs.event(state, 128), () -> 600_000L);
            PowerValueResult second = executor.execute(Runs.event(state, 128), () -> 600_000L);

            assertThat(first.invocations()).isEqualTo(10);
            assertThat(second.invocations()).isEqualTo(10);
            assertThat(fake.calls("Invoke")).isEqualTo(20);
            assertThat(pool.isShutdown()).isFalse();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void executorCalledDirectlyReadsSleepLikeTheReference() {
        // the Initializer refuses "Not a number"; an Executor event built by hand still gets the reference's reading
        ObjectNode state = Runs.published(fake, Runs.json("{'lambdaARN':'fn','num':10,'powerValues':[128]}"));
        state.put("sleepBetweenRunsMs", "Not a number");

        new Executor(fake, Runs.NO_S3, sleeps::add, P, 100).execute(Runs.event(state, 128), () -> 600_000L);

        assertThat(fake.calls("Invoke")).isEqualTo(10);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void seriesDoesNotSleepAfterTheInvocationThatFailsTheValue() {
        fake.withBehaviour(Runs.NAME, (q, m, p, i) -> i < 2 ? FakeLambda.defaultResult(m)
                : new InvocationResult("Unhandled", "{\"errorType\":\"Boom\"}", FakeLambda.report(5, 5, 0)));

        PowerValueResult r = run("{'lambdaARN':'fn','num':10,'powerValues':[128],'sleepBetweenRunsMs':50}", 128);

        assertThat(r.failed()).isTrue();
        assertThat(r.invocations()).isEqualTo(3);
        assertThat(sleeps).hasSize(2);
    }

    @Test
    void errorMessagePrintsNonStringErrorFieldsAsJavaScriptTemplatesDo() {
        fake.withBehaviour(Runs.NAME, (q, m, p, i) -> new InvocationResult("Unhandled",
                "{\"errorType\":\"Boom\",\"errorMessage\":{\"code\":1.0},\"stackTrace\":[]}", FakeLambda.report(5, 5, 0)));

        PowerValueResult r = run("{'lambdaARN':'fn','num':5,'powerValues':[128],'disablePayloadLogs':true}", 128);

        assertThat(r.errorMessage()).isEqualTo("Invocation error (running in series) - original error type: \"Boom\","
                + " original error message: \"[object Object]\",trace: \"[]\"");
    }

    @Test
    void errorMessageQuotesThePayloadAsJsonStringifyDoes() {
        fake.withBehaviour(Runs.NAME, (q, m, p, i) -> new InvocationResult("Unhandled", "{}", FakeLambda.report(5, 5, 0)));

        PowerValueResult r = run("{'lambdaARN':'fn','num':5,'powerValues':[128],'payload':'a\\u001f\\u007f\\n'}", 128);

        assertThat(r.errorMessage())
                .startsWith("Invocation error (running in series) with payload \"\\\"a\\\\u001f\u007f\\\\n\\\"\" - ");
    }

    @Test
    void unlistedFunctionErrorFailsTheValueWithoutThrowing() {
        fake.withBehaviour(Runs.NAME, (q, m, p, i) -> i < 2 ? FakeLambda.defaultResult(m)
                : new InvocationResult("Unhandled", "{\"errorType\":\"Boom\",\"errorMessage\":\"bad\",\"stackTrace\":[\"a\"]}",
                        FakeLambda.report(5, 5, 0)));

        PowerValueResult r = run("{'lambdaARN':'fn','num':10,'powerValues':[128],'payload':{'a':1}}", 128);

        assertThat(r.failed()).isTrue();
        assertThat(r.errorType()).isEqualTo("Boom");
        assertThat(r.invocations()).isEqualTo(3);
        assertThat(r.errors()).isEqualTo(1);
        assertThat(r.errorMessage()).isEqualTo("Invocation error (running in series) with payload \"{\\\"a\\\":1}\""
                + " - original error type: \"Boom\", original error message: \"bad\",trace: \"[\"a\"]\"");
        assertThat(r.totalCost()).isEqualTo(P.lambda("us-east-1", "x86_64").p128() * 100 * 2 + 0 + 5 * 2.1e-9);
    }

    @Test
    void allowedExceptionsCountAsErrorsButKeepTheValue() {
        fake.withBehaviour(Runs.NAME, (q, m, p, i) -> new InvocationResult("Handled",
                "{\"errorType\":\"HandledError\"}", FakeLambda.report(3.0, 3, 0)));

        PowerValueResult r = run("{'lambdaARN':'fn','num':5,'powerValues':[128],'allowedExceptions':['HandledError']}", 128);

        assertThat(r.failed()).isFalse();
        assertThat(r.errors()).isEqualTo(5);
        assertThat(r.averageDuration()).isEqualTo(3.0);
    }

    @Test
    void errorWithoutJsonPayloadUsesTheFunctionErrorAndHidesPayloadOnRequest() {
        fake.withBehaviour(Runs.NAME, (q, m, p, i) -> new InvocationResult("Unhandled", "Task timed out", null));

        PowerValueResult r = run("{'lambdaARN':'fn','num':5,'powerValues':[128],'parallelInvocation':true,"
                + "'disablePayloadLogs':true,'payload':'secret'}", 128);

        assertThat(r.errorType()).isEqualTo("Unhandled");
        assertThat(r.errorMessage()).startsWith("Invocation error (running in parallel) - original error type:")
                .doesNotContain("secret");
    }

    @Test
    void missingReportMarksTheValueFailedWithLogFormatException() {
        fake.withBehaviour(Runs.NAME, (q, m, p, i) -> new InvocationResult(null, "{}", null));

        PowerValueResult r = run("{'lambdaARN':'fn','num':5,'powerValues':[128]}", 128);

        assertThat(r.errorType()).isEqualTo("dev.powertuner.core.error.LogFormatException");
        assertThat(fake.calls("Invoke")).isEqualTo(1);
    }

    @Test
    void invocationsWithoutAReportStillPayTheRequestCharge() {
        fake.withBehaviour(Runs.NAME, (q, m, p, i) -> new InvocationResult("Unhandled", "{}", null));
        ObjectNode state = Runs.published(fake, Runs.json("{'lambdaARN':'fn','num':5,'powerValues':[128]}"));

        PowerValueResult r = new Executor(fake, Runs.NO_S3, ms -> { }, PriceTable.bundled(), 10)
                .execute(Runs.event(state, 128), () -> 600_000L);

        assertThat(r.invocations()).isEqualTo(1);
        assertThat(r.totalCost()).isEqualTo(2.0e-7);
        assertThat(r.currency()).isEqualTo("USD");
    }

    @Test
    void functionInAfSouth1IsPricedThere() {
        FakeLambda af = new FakeLambda("af-south-1").withFunction("fn", 1024, "")
                .withBehaviour("fn", (q, m, p, i) -> new InvocationResult(null, "{}", FakeLambda.report(1.0, 1, 0)));
        ObjectNode state = Runs.published(af, Runs.json("{'lambdaARN':'fn','num':10,'powerValues':[128]}"));

        PowerValueResult r = new Executor(af, Runs.NO_S3, ms -> { }, P, 10).execute(Runs.event(state, 128), () -> 600_000L);

        assertThat(new java.math.BigDecimal(r.totalCost()).round(new java.math.MathContext(10)).doubleValue())
                .isEqualTo(2.8e-8);
    }

    @Test
    void failingPreProcessorThrowsWithTheReferenceMessage() {
        fake.withFunction("pre", 128, "").withBehaviour("pre",
                (q, m, p, i) -> new InvocationResult("Unhandled", "{\"errorType\":\"X\",\"errorMessage\":\"no\"}", null));

        assertThatThrownBy(() -> run("{'lambdaARN':'fn','num':5,'powerValues':[128],'preProcessorARN':'pre'}", 128))
                .isInstanceOf(ProcessorFailedException.class)
                .hasMessage("PreProcessor pre failed with payload \"null\" - original error type: \"X\","
                        + " original error message: \"no\",trace: \"undefined\"");
    }

    @Test
    void failingPostProcessorInParallelStopsStartingInvocations() {
        fake.withFunction("post", 128, "").withBehaviour("post",
                (q, m, p, i) -> new InvocationResult("Unhandled", "{\"errorType\":\"X\"}", null));

        assertThatThrownBy(() -> run("{'lambdaARN':'fn','num':200,'powerValues':[128],'parallelInvocation':true,"
                + "'postProcessorARN':'post'}", 128)).isInstanceOf(ProcessorFailedException.class)
                .hasMessage("PostProcessor post failed with payload \"{\\\"ok\\\":true}\" - original error type: \"X\","
                        + " original error message: \"undefined\",trace: \"undefined\"");
        assertThat(fake.calls("Invoke")).isLessThan(400);
    }

    @Test
    void errorMessageShowsThePreProcessedPayload() {
        fake.withFunction("pre", 128, "").withBehaviour("pre", (q, m, p, i) -> new InvocationResult(null, "\"changed\"", null));
        fake.withBehaviour(Runs.NAME, (q, m, p, i) -> new InvocationResult("Unhandled", "{}", FakeLambda.report(1.0, 1, 0)));

        PowerValueResult r = run("{'lambdaARN':'fn','num':5,'powerValues':[128],'preProcessorARN':'pre'}", 128);

        assertThat(r.errorMessage()).contains("with payload \"\\\"changed\\\"\"");
    }

    @Test
    void seriesStopsWithTimeBudgetExceededWhenTimeRunsOut() {
        ObjectNode state = Runs.published(fake, Runs.json("{'lambdaARN':'fn','num':10,'powerValues':[128]}"));
        long[] remaining = {20_000};
        fake.withBehaviour(Runs.NAME, (q, m, p, i) -> {
            remaining[0] -= 4_000;
            return FakeLambda.defaultResult(m);
        });

        PowerValueResult r = new Executor(fake, Runs.NO_S3, ms -> { }, P, 10)
                .execute(Runs.event(state, 128), () -> remaining[0]);

        assertThat(r.failed()).isTrue();
        assertThat(r.errorType()).isEqualTo("dev.powertuner.core.error.TimeBudgetExceededException");
        assertThat(r.invocations()).isEqualTo(3);
    }

    @Test
    void payloadS3WinsOverPayload() {
        List<String> received = Collections.synchronizedList(new ArrayList<>());
        fake.withBehaviour(Runs.NAME, (q, m, p, i) -> {
            received.add(p);
            return FakeLambda.defaultResult(m);
        });
        ObjectNode state = Runs.published(fake, Runs.json("{'lambdaARN':'fn','num':5,'powerValues':[128],"
                + "'payload':{'inline':true},'payloadS3':'s3://b/k%20x.json'}"));

        new Executor(fake, (b, k) -> "{\"from\":\"" + b + "/" + k + "\"}", ms -> { }, P, 10)
                .execute(Runs.event(state, 128), () -> 600_000L);

        assertThat(received).hasSize(5).containsOnly("{\"from\":\"b/k x.json\"}");
    }

    @Test
    void falsyPayloadIsSentAsNull() {
        List<String> received = Collections.synchronizedList(new ArrayList<>());
        fake.withBehaviour(Runs.NAME, (q, m, p, i) -> {
            received.add(p);
            return FakeLambda.defaultResult(m);
        });

        run("{'lambdaARN':'fn','num':5,'powerValues':[128],'payload':''}", 128);

        assertThat(received).containsOnly("null");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "null|Missing or empty lambdaARN",
        "{}|Missing or empty lambdaARN",
        "{'input':{'lambdaARN':'arnOK'},'value':null}|Invalid value: NaN",
        "{'input':{'lambdaARN':'arnOK'},'value':0}|Invalid value: 0",
        "{'input':{'lambdaARN':'arnOK'},'value':'invalid'}|Invalid value: NaN",
        "{'input':{'lambdaARN':'arnOK','num':null},'value':128}|Invalid num: NaN",
        "{'input':{'lambdaARN':'arnOK','num':0},'value':128}|Invalid num: 0",
        "{'input':{'lambdaARN':'arnOK','num':'invalid'},'value':128}|Invalid num: NaN"})
    void invalidEventsThrowTheReferenceMessages(String event, String message) {
        Executor executor = new Executor(fake, Runs.NO_S3, ms -> { }, P, 10);
        JsonNode json = "null".equals(event) ? null : Runs.json(event);

        assertThatThrownBy(() -> executor.execute(json, () -> 1L)).isInstanceOf(InvalidInputException.class)
                .hasMessage(message);
        assertThat(fake.calls("Invoke")).isZero();
    }

    @Test
    void valueRejectedByThePublisherReturnsItsFailedRecordWithoutInvoking() {
        fake.withMemoryCap(3008);
        ObjectNode state = Runs.published(fake, Runs.json("{'lambdaARN':'fn','num':5,'powerValues':[128,10240]}"));
        int before = fake.calls("Invoke");

        PowerValueResult r = new Executor(fake, Runs.NO_S3, ms -> { }, P, 10)
                .execute(Runs.event(state, 10240), () -> 600_000L);

        JsonNode failed = state.path("lambdaConfigurations").path("failedPowerValues");
        assertThat(failed).hasSize(1);
        assertThat(r.failed()).isTrue();
        assertThat(r.errorType()).isEqualTo("InvalidParameterValueException");
        assertThat(fake.calls("Invoke")).isEqualTo(before);
    }
}
