package dev.powertuner.e2e;

import dev.powertuner.local.LocalLambda;
import dev.powertuner.local.function.FunctionDefinition;
import dev.powertuner.local.process.ProcessSpec;
import dev.powertuner.local.sfn.LocalStepFunctions;
import dev.powertuner.local.state.FunctionSnapshot;
import dev.powertuner.statemachine.TunerDefinition;
import dev.powertuner.statemachine.TunerStep;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryRequest;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * The whole tuner running locally: Local Lambda hosting the six real handlers in-process under the local names of
 * DESIGN.md, the real ASL rendered with their ARNs on LocalStepFunctions, and an SfnClient to run it.
 */
final class LocalTuner implements AutoCloseable {
    static final String REGION = "us-east-1";
    static final String ACCOUNT = "000000000000";
    /** A guard against a hung execution; not a timing assertion. */
    private static final long EXECUTION_GUARD_NANOS = Duration.ofMinutes(5).toNanos();
    private static final AtomicInteger RUNS = new AtomicInteger();

    private final LocalLambda lambda;
    private final LocalStepFunctions sfn;
    private final SfnClient client;
    private final String stateMachineArn;

    private LocalTuner(Builder b) {
        LocalLambda.Builder lambdaBuilder = LocalLambda.builder().region(REGION).accountId(ACCOUNT)
                .updateDelay(Duration.ZERO).activationDelay(Duration.ZERO).timeScale(b.timeScale);
        if (b.maxMemorySize > 0) {
            lambdaBuilder.maxMemorySize(b.maxMemorySize);
        }
        b.roles.forEach(role -> lambdaBuilder.role(role.arn(), role.trusted(), role.externalId()));
        this.lambda = lambdaBuilder.start();
        try {
            for (TunerStep step : TunerStep.values()) {
                lambda.register(tunerFunction(step.localFunctionName(), step.handler(), b));
            }
            this.sfn = LocalStepFunctions.start(LocalStepFunctions.options().lambdaEndpoint(lambda.endpoint())
                    .region(REGION).account(ACCOUNT).retryIntervalMillis(b.retryIntervalMillis));
        } catch (RuntimeException e) {
            lambda.close();
            throw e;
        }
        this.client = SfnClient.builder().endpointOverride(sfn.endpoint()).region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create()).build();
        this.stateMachineArn = client.createStateMachine(r -> r.name("powertuner").definition(definition(b.totalExecutionTimeout))
                .roleArn("arn:aws:iam::" + ACCOUNT + ":role/powertuner")).stateMachineArn();
    }

    static Builder builder() {
        return new Builder();
    }

    private static FunctionDefinition tunerFunction(String name, String handlerClass, Builder b) {
        FunctionDefinition.Builder function = FunctionDefinition.builder(name).memorySize(2048).timeout(b.timeouts.getOrDefault(name, 300))
                .environment(b.environment).description("powertuner step");
        if (b.handlerJar != null) {
            // as deployed: 1,024 MB, the shaded jar, the official runtime interface client
            return function.memorySize(1024).process(new ProcessSpec("java21", handlerClass, b.handlerJar, List.of())).build();
        }
        Function<Map<String, String>, Object> factory = b.factories.get(name);
        return (factory == null ? function.handler(handlerClass) : function.handlerFactory(factory)).build();
    }

    /** The real ASL of the statemachine module, rendered with the local function ARNs. */
    private String definition(int totalExecutionTimeout) {
        Map<TunerStep, String> arns = new EnumMap<>(TunerStep.class);
        for (TunerStep step : TunerStep.values()) {
            arns.put(step, lambda.functionArn(step.localFunctionName()));
        }
        return TunerDefinition.render(TunerDefinition.bundled(), totalExecutionTimeout, arns);
    }

    LocalLambda lambda() {
        return lambda;
    }

    SfnClient client() {
        return client;
    }

    String stateMachineArn() {
        return stateMachineArn;
    }

    /** Registers a function to tune and returns its unqualified ARN. */
    String registerTarget(FunctionDefinition target) {
        lambda.register(target);
        return lambda.functionArn(target.name());
    }

    FunctionSnapshot snapshot(String function) {
        return lambda.snapshot(function);
    }

    /** Starts an execution with a fresh name, waits for it to finish, and returns it with its history. */
    TunerRun run(String input) {
        String name = "run-" + RUNS.incrementAndGet() + "-" + Long.toHexString(System.nanoTime());
        String executionArn = client.startExecution(r -> r.stateMachineArn(stateMachineArn).name(name).input(input)).executionArn();
        DescribeExecutionResponse done = await(executionArn);
        return new TunerRun(done, history(executionArn));
    }

    private DescribeExecutionResponse await(String executionArn) {
        long deadline = System.nanoTime() + EXECUTION_GUARD_NANOS;
        while (true) {
            DescribeExecutionResponse response = client.describeExecution(r -> r.executionArn(executionArn));
            if (response.status() != ExecutionStatus.RUNNING) {
                return response;
            }
            if (System.nanoTime() > deadline) {
                client.stopExecution(r -> r.executionArn(executionArn).error("E2eGuard").cause("still running after 5 minutes"));
                throw new IllegalStateException("Execution still running after 5 minutes: " + executionArn);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private List<HistoryEvent> history(String executionArn) {
        List<HistoryEvent> events = new ArrayList<>();
        client.getExecutionHistoryPaginator(GetExecutionHistoryRequest.builder().executionArn(executionArn).maxResults(1000).build())
                .events().forEach(events::add);
        return events;
    }

    @Override
    public void close() {
        client.close();
        sfn.close();
        lambda.close();
    }

    /** A role declared to Local Lambda's STS. */
    private record Role(String arn, String externalId, List<String> trusted) {
    }

    /** Options of one local tuner; every setter returns this. */
    static final class Builder {
        private double timeScale = 0.001;
        private long retryIntervalMillis = 10;
        private int totalExecutionTimeout = 600;
        private int maxMemorySize;
        private Map<String, String> environment = Map.of();
        private final Map<String, Integer> timeouts = new LinkedHashMap<>();
        private final Map<String, Function<Map<String, String>, Object>> factories = new LinkedHashMap<>();
        private Path handlerJar;
        private final List<Role> roles = new ArrayList<>();

        /** Runs the six tuner functions in process mode from the shaded handler jar, as on the java21 runtime. */
        Builder processMode(Path shadedJar) {
            this.handlerJar = shadedJar;
            return this;
        }

        /** Real sleep per simulated millisecond of workload profiles (default 0.001). */
        Builder timeScale(double value) {
            this.timeScale = value;
            return this;
        }

        /** Every Retry interval of the ASL, in ms (default 10). */
        Builder retryIntervalMillis(long value) {
            this.retryIntervalMillis = value;
            return this;
        }

        /** The totalExecutionTimeout the ASL is rendered with (default 600 s). */
        Builder totalExecutionTimeout(int seconds) {
            this.totalExecutionTimeout = seconds;
            return this;
        }

        /** The account memory cap of Local Lambda (default 10,240). */
        Builder maxMemorySize(int mb) {
            this.maxMemorySize = mb;
            return this;
        }

        /** Extra environment of the six tuner functions (for example defaultPowerValues). */
        Builder environment(Map<String, String> value) {
            this.environment = Map.copyOf(value);
            return this;
        }

        /** The function timeout (seconds) of one tuner function (default 300). */
        Builder functionTimeout(String function, int seconds) {
            timeouts.put(function, seconds);
            return this;
        }

        /** Hosts a tuner function with this handler factory instead of its class. */
        Builder handlerFactory(String function, Function<Map<String, String>, Object> factory) {
            factories.put(function, factory);
            return this;
        }

        /** A role of Local Lambda's STS trusting {@code trusted} (account ids or principal ARNs). */
        Builder role(String roleArn, String externalId, String... trusted) {
            roles.add(new Role(roleArn, externalId, List.of(trusted)));
            return this;
        }

        LocalTuner start() {
            return new LocalTuner(this);
        }
    }
}
