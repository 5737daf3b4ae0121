package dev.powertuner.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.powertuner.local.faults.Faults;
import dev.powertuner.local.function.FunctionDefinition;
import dev.powertuner.local.function.WorkloadProfile;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;
import software.amazon.awssdk.services.lambda.model.TooManyRequestsException;

class FaultsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private LocalLambda lambda;
    private LambdaClient client;

    @BeforeEach
    void start() {
        lambda = LocalLambda.builder().updateDelay(Duration.ZERO).activationDelay(Duration.ZERO)
                .function(FunctionDefinition.builder("demo").timeout(5).profile(WorkloadProfile.of(100, 0)).build())
                .start();
        client = TestClients.lambda(lambda.endpoint());
    }

    @AfterEach
    void stop() {
        client.close();
        lambda.close();
    }

    private InvokeResponse invoke() {
        return client.invoke(r -> r.functionName("demo").logType(LogType.TAIL));
    }

    private static String errorType(InvokeResponse r) throws Exception {
        return MAPPER.readTree(r.payload().asByteArray()).get("errorType").asText();
    }

    @Test
    void throttledInvokesAreTooManyRequestsWith429() {
        lambda.faults().throttleInvokes(2);

        assertThatThrownBy(this::invoke).isInstanceOfSatisfying(TooManyRequestsException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(429);
            assertThat(e.reasonAsString()).isEqualTo("CallerRateLimitExceeded");
        });
        assertThatThrownBy(this::invoke).isInstanceOf(TooManyRequestsException.class);
        assertThat(invoke().statusCode()).isEqualTo(200);
        assertThat(lambda.stats("demo").throttles()).isEqualTo(2);
    }

    @Test
    void throttledControlPlaneCallsAreTooManyRequests() {
        lambda.faults().throttleControlPlane(1);

        assertThatThrownBy(() -> client.getFunctionConfiguration(r -> r.functionName("demo")))
                .isInstanceOf(TooManyRequestsException.class);
        assertThat(client.getFunctionConfiguration(r -> r.functionName("demo")).memorySize()).isEqualTo(128);
    }

    @Test
    void injectedErrorsHitTheNextInvocationsOnly() throws Exception {
        lambda.faults().failInvocations("demo", 1, "com.example.BadThing", "it broke");

        InvokeResponse failed = invoke();
        InvokeResponse ok = invoke();

        assertThat(failed.functionError()).isEqualTo("Unhandled");
        assertThat(errorType(failed)).isEqualTo("com.example.BadThing");
        assertThat(MAPPER.readTree(failed.payload().asByteArray()).get("errorMessage").asText())
                .isEqualTo("it broke");
        assertThat(ok.functionError()).isNull();
    }

    @Test
    void injectedTimeoutReportsTheTimeoutAsDuration() throws Exception {
        lambda.faults().timeoutInvocations("demo", 1);

        InvokeResponse r = invoke();

        assertThat(errorType(r)).isEqualTo("Sandbox.Timedout");
        assertThat(new String(Base64.getDecoder().decode(r.logResult()), StandardCharsets.UTF_8))
                .contains("Duration: 5000.00 ms\tBilled Duration: 5000 ms");
    }

    @Test
    void failuresAtOneMemorySizeLeaveOtherSizesAlone() throws Exception {
        lambda.faults().failAtMemory("demo", 256, Faults.Kind.OUT_OF_MEMORY, null, null);
        client.updateFunctionConfiguration(r -> r.functionName("demo").memorySize(256));
        client.publishVersion(r -> r.functionName("demo"));
        client.updateFunctionConfiguration(r -> r.functionName("demo").memorySize(512));

        assertThat(errorType(client.invoke(r -> r.functionName("demo").qualifier("1"))))
                .isEqualTo("Runtime.OutOfMemory");
        assertThat(errorType(client.invoke(r -> r.functionName("demo").qualifier("1"))))
                .isEqualTo("Runtime.OutOfMemory");
        assertThat(invoke().functionError()).isNull();
        lambda.faults().clear();
        assertThat(client.invoke(r -> r.functionName("demo").qualifier("1")).functionError()).isNull();
    }

    @Test
    void reservedConcurrencyZeroThrottlesEveryInvoke() {
        client.putFunctionConcurrency(r -> r.functionName("demo").reservedConcurrentExecutions(0));

        assertThatThrownBy(this::invoke).isInstanceOfSatisfying(TooManyRequestsException.class,
                e -> assertThat(e.reasonAsString()).isEqualTo("ReservedFunctionConcurrentInvocationLimitExceeded"));
        assertThat(client.getFunctionConcurrency(r -> r.functionName("demo")).reservedConcurrentExecutions())
                .isZero();
        client.deleteFunctionConcurrency(r -> r.functionName("demo"));
        assertThat(invoke().statusCode()).isEqualTo(200);
    }
}
