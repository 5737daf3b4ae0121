package dev.powertuner.core.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.powertuner.core.FakeLambda;
import dev.powertuner.core.cost.PriceTable;
import dev.powertuner.core.error.PayloadException;
import dev.powertuner.core.model.PowerValueResult;
import dev.powertuner.core.port.LambdaApiException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the Executor does with inputs the reference fails on mid-run: dry runs of weighted payloads, huge S3 payloads, throttling. */
class ExecutorInputTest {

    private static final PriceTable P = Runs.prices(2.1e-9, 1.7e-9);

    private final FakeLambda fake = Runs.fake();
    private final List<String> received = Collections.synchronizedList(new ArrayList<>());

    @Test
    void dryRunOfAWeightedPayloadSendsItsFirstPayloadOnce() {
        fake.withBehaviour(Runs.NAME, (q, m, p, i) -> {
            received.add(p);
            return FakeLambda.defaultResult(m);
        });
        ObjectNode state = Runs.published(fake, Runs.json("{'lambdaARN':'fn','num':10,'powerValues':[128],'dryRun':true,"
                + "'payload':[{'payload':'A','weight':1},{'payload':'B','weight':1}]}"));

        PowerValueResult r = new Executor(fake, Runs.NO_S3, ms -> { }, P, 10).execute(Runs.event(state, 128), () -> 600_000L);

        assertThat(r.failed()).isFalse();
        assertThat(received).containsExactly("\"A\"");
    }

    @Test
    void s3PayloadAboveTheInvokeLimitIsRefusedBeforeAnyInvocation() {
        ObjectNode state = Runs.published(fake, Runs.json("{'lambdaARN':'fn','num':5,'powerValues':[128],"
                + "'payloadS3':'s3://bucket/big.json'}"));
        String big = "\"" + "x".repeat(6_291_456) + "\"";

        assertThatThrownBy(() -> new Executor(fake, (b, k) -> big, ms -> { }, P, 10)
                .execute(Runs.event(state, 128), () -> 600_000L)).isInstanceOf(PayloadException.class)
                .hasMessage("The payload from s3://bucket/big.json has 6291458 bytes, above the 6291456 bytes (6 MB) Lambda"
                        + " accepts in a synchronous Invoke request");
        assertThat(fake.calls("Invoke")).isZero();
    }

    @Test
    void throttlingThatOutlastsTheRetriesSaysSoAndNamesTheFunction() {
        ObjectNode state = Runs.published(fake, Runs.json("{'lambdaARN':'fn','num':5,'powerValues':[128]}"));
        fake.withFault("Invoke", "TooManyRequestsException",
                "Rate Exceeded. (reason: ReservedFunctionConcurrentInvocationLimitExceeded)");

        assertThatThrownBy(() -> new Executor(fake, Runs.NO_S3, ms -> { }, P, 10)
                .execute(Runs.event(state, 128), () -> 600_000L)).isInstanceOf(LambdaApiException.class)
                .hasMessage("TooManyRequestsException: Lambda throttled every attempt to invoke " + Runs.ARN + ":RAM128 (Rate"
                        + " Exceeded. (reason: ReservedFunctionConcurrentInvocationLimitExceeded)): its reserved concurrency"
                        + " is used up (a reserved concurrency of 0 throttles every call)");
    }
}
