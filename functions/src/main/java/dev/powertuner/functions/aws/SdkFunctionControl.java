package dev.powertuner.functions.aws;

import dev.powertuner.core.arn.Arns;
import dev.powertuner.core.port.FunctionConfiguration;
import dev.powertuner.core.port.FunctionControl;
import dev.powertuner.core.port.InvocationResult;
import dev.powertuner.core.port.LambdaApiException;
import dev.powertuner.core.port.Sleeper;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.AwsRequest;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.GetFunctionConfigurationResponse;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.LogType;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.TooManyRequestsException;

/**
 * {@link FunctionControl} on the AWS SDK v2 Lambda client. One client per region (the region of a full ARN, else the
 * tuner's), created lazily and cached; the tuner's region is built at construction (SnapStart). SDK
 * {@link LambdaException}s become {@link LambdaApiException}s carrying the service's error code.
 *
 * <p>{@link #withRole} gives a view for one cross-account run: the same clients, with the calls on the functions it
 * selects signed with the run's assumed-role credentials (a per-request override, so no client is built per run).
 */
public final class SdkFunctionControl implements FunctionControl {

    /** The deadline of {@link #awaitUpdated}. */
    static final Duration UPDATE_DEADLINE = Duration.ofMinutes(5);
    /** The deadline of {@link #awaitActive} (SnapStart versions can stay Pending for minutes). */
    static final Duration ACTIVE_DEADLINE = Duration.ofMinutes(15);

    private final String defaultRegion;
    private final Function<String, LambdaClient> clientFactory;
    private final Map<String, LambdaClient> clients;
    private final Poller poller;
    /** The run's role credentials; null for the tuner's own (the clients' provider). */
    private final AwsCredentialsProvider roleCredentials;
    private final Predicate<String> usesRole;

    SdkFunctionControl(String defaultRegion, Function<String, LambdaClient> clientFactory, Poller poller) {
        this.defaultRegion = defaultRegion;
        this.clientFactory = clientFactory;
        this.clients = new ConcurrentHashMap<>();
        this.poller = poller;
        this.roleCredentials = null;
        this.usesRole = function -> false;
        client(defaultRegion);
    }

    private SdkFunctionControl(SdkFunctionControl own, AwsCredentialsProvider roleCredentials,
            Predicate<String> usesRole) {
        this.defaultRegion = own.defaultRegion;
        this.clientFactory = own.clientFactory;
        this.clients = own.clients;
        this.poller = own.poller;
        this.roleCredentials = roleCredentials;
        this.usesRole = usesRole;
    }

    /**
     * A view for one run sharing this adapter's clients: calls on a function {@code usesRole} accepts are signed with
     * {@code roleCredentials}, resolved before each call (so a failed AssumeRole is thrown as it is, not retried as a
     * Lambda call); the other functions keep the tuner's own credentials.
     */
    public SdkFunctionControl withRole(AwsCredentialsProvider roleCredentials, Predicate<String> usesRole) {
        return new SdkFunctionControl(this, roleCredentials, usesRole);
    }

    /** Clients from a factory (one call per region), polling with real sleeps. */
    public static SdkFunctionControl create(String region, Function<String, LambdaClient> clientFactory) {
        return new SdkFunctionControl(region, clientFactory, new Poller(Sleeper.REAL, System::nanoTime));
    }

    /** Real clients; {@code endpoint} null means the AWS endpoint of each region. */
    public static SdkFunctionControl create(String region, AwsCredentialsProvider credentials, URI endpoint) {
        return new SdkFunctionControl(region, r -> SdkClients.lambda(r, credentials, endpoint),
                new Poller(Sleeper.REAL, System::nanoTime));
    }

    LambdaClient client(String region) {
        return clients.computeIfAbsent(region, clientFactory);
    }

    private LambdaClient clientFor(String function) {
        return client(Arns.regionOr(function, defaultRegion));
    }

    /** Adds the run's role credentials to a request on {@code function} when the role applies to it. */
    private <B extends AwsRequest.Builder> B signed(String function, B request) {
        if (roleCredentials != null && usesRole.test(function)) {
            request.overrideConfiguration(AwsRequestOverrideConfiguration.builder()
                    .credentialsProvider(StaticCredentialsProvider.create(roleCredentials.resolveCredentials()))
                    .build());
        }
        return request;
    }

    @Override
    public FunctionConfiguration configuration(String function, String qualifier) {
        return call(() -> toConfiguration(clientFor(function).getFunctionConfiguration(
                b -> signed(function, b.functionName(function).qualifier(qualifier)))));
    }

    @Override
    public void updateConfiguration(String function, int memoryMb, String description) {
        call(() -> clientFor(function).updateFunctionConfiguration(
                b -> signed(function, b.functionName(function).memorySize(memoryMb).description(description))));
    }

    @Override
    public void awaitUpdated(String function) {
        poller.await("LastUpdateStatus of " + function, UPDATE_DEADLINE,
                () -> configuration(function, null).lastUpdateStatus(),
                status -> status == null || "Successful".equals(status),
                status -> "Failed".equals(status));
    }

    @Override
    public void awaitActive(String function, String qualifier) {
        poller.await("State of " + function + ":" + qualifier, ACTIVE_DEADLINE,
                () -> configuration(function, qualifier).state(),
                state -> state == null || "Active".equals(state),
                state -> "Failed".equals(state) || "Inactive".equals(state));
    }

    @Override
    public String publishVersion(String function, String description) {
        return call(() -> clientFor(function).publishVersion(
                b -> signed(function, b.functionName(function).description(description))).version());
    }

    @Override
    public Optional<String> aliasVersion(String function, String alias) {
        return call(() -> {
            try {
                return Optional.of(clientFor(function).getAlias(b -> signed(function, b.functionName(function).name(alias)))
                        .functionVersion());
            } catch (ResourceNotFoundException e) {
                return Optional.empty();
            }
        });
    }

    @Override
    public void createAlias(String function, String alias, String version) {
        call(() -> clientFor(function).createAlias(
                b -> signed(function, b.functionName(function).name(alias).functionVersion(version))));
    }

    @Override
    public void updateAlias(String function, String alias, String version) {
        call(() -> clientFor(function).updateAlias(
                b -> signed(function, b.functionName(function).name(alias).functionVersion(version))));
    }

    @Override
    public void deleteAlias(String function, String alias) {
        call(() -> clientFor(function).deleteAlias(b -> signed(function, b.functionName(function).name(alias))));
    }

    @Override
    public void deleteVersion(String function, String version) {
        call(() -> clientFor(function).deleteFunction(b -> signed(function, b.functionName(function).qualifier(version))));
    }

    @Override
    public List<FunctionConfiguration> listVersions(String function) {
        return call(() -> {
            List<FunctionConfiguration> versions = new ArrayList<>();
            clientFor(function).listVersionsByFunctionPaginator(b -> signed(function, b.functionName(function))).versions()
                    .forEach(v -> {
                        if (!"$LATEST".equals(v.version())) {
                            versions.add(new FunctionConfiguration(v.functionArn(), v.version(),
                                    orZero(v.memorySize()), v.description(), firstArchitecture(v.architecturesAsStrings()),
                                    v.stateAsString(), v.lastUpdateStatusAsString(),
                                    v.ephemeralStorage() == null ? 512 : orZero(v.ephemeralStorage().size())));
                        }
                    });
            return versions;
        });
    }

    @Override
    public InvocationResult invoke(String function, String qualifier, String payload) {
        InvokeResponse response = call(() -> clientFor(function).invoke(b -> signed(function, b
                .functionName(function)
                .qualifier(qualifier)
                .invocationType(InvocationType.REQUEST_RESPONSE)
                .logType(LogType.TAIL)
                .payload(SdkBytes.fromUtf8String(payload == null ? "null" : payload)))));
        String body = response.payload() == null ? "" : response.payload().asUtf8String();
        return new InvocationResult(response.functionError(), body, response.logResult());
    }

    /**
     * SnapStart priming: loads and exercises the request and response model classes without calling the service.
     */
    public static FunctionConfiguration prime() {
        InvokeRequest.builder().functionName("priming").qualifier("RAM128").logType(LogType.TAIL)
                .invocationType(InvocationType.REQUEST_RESPONSE).payload(SdkBytes.fromUtf8String("null")).build();
        return toConfiguration(GetFunctionConfigurationResponse.builder()
                .functionArn("arn:aws:lambda:us-east-1:000000000000:function:priming").version("$LATEST")
                .memorySize(128).description("").architecturesWithStrings("x86_64").state("Active")
                .lastUpdateStatus("Successful").build());
    }

    static FunctionConfiguration toConfiguration(GetFunctionConfigurationResponse r) {
        return new FunctionConfiguration(r.functionArn(), r.version(), orZero(r.memorySize()), r.description(),
                firstArchitecture(r.architecturesAsStrings()), r.stateAsString(), r.lastUpdateStatusAsString(),
                r.ephemeralStorage() == null || r.ephemeralStorage().size() == null ? 512 : r.ephemeralStorage().size());
    }

    private static String firstArchitecture(List<String> architectures) {
        return architectures == null || architectures.isEmpty() ? null : architectures.get(0);
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    /** Runs one SDK call and translates a service error into the core's {@link LambdaApiException}. */
    static <T> T call(SdkCall<T> call) {
        try {
            return call.run();
        } catch (LambdaException e) {
            throw translate(e);
        }
    }

    static LambdaApiException translate(LambdaException e) {
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        String message = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorMessage();
        if (code == null || code.isBlank()) {
            code = e.getClass().getSimpleName();
        }
        String text = message == null ? String.valueOf(e.getMessage()) : message;
        if (e instanceof TooManyRequestsException && ((TooManyRequestsException) e).reasonAsString() != null) {
            text = text + " (reason: " + ((TooManyRequestsException) e).reasonAsString() + ")";
        }
        return new LambdaApiException(code, e.statusCode(), text, e);
    }

    /** One SDK call. */
    @FunctionalInterface
    interface SdkCall<T> {
        T run();
    }

    /**
     * Polls a status until it is done: first poll at once, then after 50 ms, doubling to 2 s, until a deadline. A
     * short first delay costs a deployed run one or two extra GetFunctionConfiguration calls per wait and saves local
     * runs (where an update settles in tens of milliseconds) most of the wait.
     */
    static final class Poller {
        static final long FIRST_DELAY_MS = 50;
        static final long MAX_DELAY_MS = 2_000;

        private final Sleeper sleeper;
        private final LongSupplier nanoTime;

        Poller(Sleeper sleeper, LongSupplier nanoTime) {
            this.sleeper = sleeper;
            this.nanoTime = nanoTime;
        }

        void await(String what, Duration deadline, Supplier<String> poll,
                Predicate<String> done, Predicate<String> failed) {
            long end = nanoTime.getAsLong() + deadline.toNanos();
            long delay = FIRST_DELAY_MS;
            while (true) {
                String status = poll.get();
                if (done.test(status)) {
                    return;
                }
                if (failed.test(status)) {
                    throw new LambdaApiException("WaiterFailureException", 0,
                            what + " is " + status + ", waiting cannot succeed", null);
                }
                long left = (end - nanoTime.getAsLong()) / 1_000_000;
                if (left <= 0) {
                    throw new LambdaApiException("WaiterTimeoutException", 0,
                            what + " is still " + status + " after " + deadline.toSeconds() + " s", null);
                }
                sleeper.sleep(Math.min(delay, left));
                delay = Math.min(delay * 2, MAX_DELAY_MS);
            }
        }
    }
}
