package dev.powertuner.local;

import dev.powertuner.local.api.LambdaHttpServer;
import dev.powertuner.local.faults.Faults;
import dev.powertuner.local.function.FunctionDefinition;
import dev.powertuner.local.function.FunctionsFile;
import dev.powertuner.local.limits.ResourceLimits;
import dev.powertuner.local.process.ProcessHost;
import dev.powertuner.local.state.FunctionSnapshot;
import dev.powertuner.local.state.FunctionState;
import dev.powertuner.local.state.InvocationStats;
import dev.powertuner.local.state.Registry;
import dev.powertuner.local.state.Settings;
import dev.powertuner.local.sts.Accounts;
import dev.powertuner.local.sts.Caller;
import dev.powertuner.local.sts.Sts;
import dev.powertuner.local.sts.TrustedRole;
import dev.powertuner.local.time.LocalClock;
import dev.powertuner.local.wire.LambdaApiException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Local Lambda: the Lambda REST API (control plane and Invoke) on 127.0.0.1, hosting in-process Java handlers and
 * simulated workload profiles.
 *
 * <pre>{@code
 * try (LocalLambda lambda = LocalLambda.builder().start()) {
 *     lambda.register(FunctionDefinition.builder("demo").profile(WorkloadProfile.of(400, 100)).build());
 *     LambdaClient client = LambdaClient.builder().endpointOverride(lambda.endpoint())...build();
 * }
 * }</pre>
 */
public final class LocalLambda implements AutoCloseable {
    private final Settings settings;
    private final Registry registry;
    private final Sts sts;
    private final Faults faults = new Faults();
    private final LambdaHttpServer server;
    private final LazyProcessHost processHost;

    private LocalLambda(Builder b) throws IOException {
        this.settings = new Settings(b.region, b.accountId, b.maxMemorySize, b.updateDelay.toNanos(),
                b.activationDelay.toNanos(), b.timeScale, b.accountConcurrency, b.clock);
        this.registry = new Registry(settings);
        this.processHost = new LazyProcessHost(b.limits, b.cores);
        Accounts accounts = new Accounts(b.accountId, b.accessKeys);
        this.sts = new Sts(b.roles, accounts, Clock.systemUTC());
        this.server = new LambdaHttpServer(b.port, settings, registry, faults, accounts, sts, processHost);
        b.functions.forEach(registry::register);
        server.start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code http://127.0.0.1:<port>}: pass it to {@code endpointOverride} or {@code AWS_ENDPOINT_URL_LAMBDA}. */
    public URI endpoint() {
        return server.endpoint();
    }

    public int port() {
        return endpoint().getPort();
    }

    public String region() {
        return settings.region();
    }

    public String accountId() {
        return settings.accountId();
    }

    /** {@code arn:aws:lambda:<region>:<account>:function:<name>}, in the function's account (default: the service's). */
    public String functionArn(String name) {
        return registry.arnOf(name);
    }

    /** Registers (or replaces) a function; its {@code $LATEST} starts Active and Successful. */
    public LocalLambda register(FunctionDefinition definition) {
        registry.register(definition);
        return this;
    }

    /**
     * Registers every function of a functions file ({@code {"functions": [...]}}) and declares its STS roles
     * ({@code "roles": [...]}); returns the functions' names.
     */
    public List<String> load(Path functionsFile) throws IOException {
        FunctionsFile.readRoles(functionsFile).forEach(sts::declare);
        List<FunctionDefinition> definitions = readFunctionsFile(functionsFile);
        definitions.forEach(this::register);
        return definitions.stream().map(FunctionDefinition::name).toList();
    }

    /**
     * Parses a functions file strictly; a relative {@code code} is resolved against the file's directory. Bad content
     * is an IllegalArgumentException naming the entry and the key.
     */
    public static List<FunctionDefinition> readFunctionsFile(Path functionsFile) throws IOException {
        return FunctionsFile.read(functionsFile);
    }

    /** Whether any registered function runs in process mode. */
    public boolean hasProcessFunctions() {
        return registry.all().stream().anyMatch(fs -> fs.definition.process() != null);
    }

    /**
     * How process-mode environments are limited on this machine: whether CPU share and memory limit are applied,
     * by what, and whether the host's cores cap the largest shares.
     */
    public ProcessLimits processLimits() {
        ProcessHost host = processHost.get();
        return new ProcessLimits(host.limits().applied(), host.limits().description(), host.capacity().cores(),
                host.capacity().waits());
    }

    /** Versions (memory, description), aliases (to version) and {@code $LATEST} memory and description. */
    public FunctionSnapshot snapshot(String name) {
        return lookup(name).snapshot();
    }

    /** Invocation counters of one function. */
    public InvocationStats stats(String name) {
        return lookup(name).executions().stats();
    }

    /** Invocation counters of every function. */
    public InvocationStats stats() {
        return registry.stats();
    }

    /** Names of the registered functions. */
    public List<String> functionNames() {
        return registry.names();
    }

    /** Fault injection. */
    public Faults faults() {
        return faults;
    }

    @Override
    public void close() {
        server.close();
        for (FunctionState fs : registry.all()) {
            fs.executions().closeAllPools();
        }
        processHost.close();
    }

    private FunctionState lookup(String name) {
        try {
            return registry.get(name);
        } catch (LambdaApiException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * Options: port (0 = a free one), region (us-east-1), account id (000000000000), account memory cap (10240),
     * update delay (LastUpdateStatus InProgress, 50 ms), activation delay (versions Pending, 50 ms), time scale of
     * workload profiles (0.01), account concurrency (1000).
     */
    public static final class Builder {
        private int port;
        private String region = "us-east-1";
        private String accountId = "000000000000";
        private int maxMemorySize = 10240;
        private Duration updateDelay = Duration.ofMillis(50);
        private Duration activationDelay = Duration.ofMillis(50);
        private double timeScale = 0.01;
        private int accountConcurrency = 1000;
        private final List<FunctionDefinition> functions = new ArrayList<>();
        private final List<TrustedRole> roles = new ArrayList<>();
        private final Map<String, String> accessKeys = new LinkedHashMap<>();
        private Supplier<ResourceLimits> limits = ResourceLimits::detect;
        private double cores = Runtime.getRuntime().availableProcessors();
        private LocalClock clock = LocalClock.system();

        private Builder() {
        }

        public Builder port(int value) {
            this.port = value;
            return this;
        }

        public Builder region(String value) {
            this.region = value;
            return this;
        }

        public Builder accountId(String value) {
            if (!value.matches("[0-9]{12}")) {
                throw new IllegalArgumentException("account id must be 12 digits: " + value);
            }
            this.accountId = value;
            return this;
        }

        /** The account's memory cap: MemorySize above it is InvalidParameterValueException (e.g. 3008). */
        public Builder maxMemorySize(int mb) {
            this.maxMemorySize = mb;
            return this;
        }

        /** How long LastUpdateStatus stays InProgress after UpdateFunctionConfiguration. */
        public Builder updateDelay(Duration value) {
            this.updateDelay = value;
            return this;
        }

        /** How long a new version stays Pending after PublishVersion. */
        public Builder activationDelay(Duration value) {
            this.activationDelay = value;
            return this;
        }

        /** Real sleep per simulated millisecond of workload profiles (1.0 = real time). */
        public Builder timeScale(double value) {
            if (value < 0) {
                throw new IllegalArgumentException("timeScale must not be negative");
            }
            this.timeScale = value;
            return this;
        }

        /** Concurrent executions of the whole account before Invoke is throttled. */
        public Builder accountConcurrency(int value) {
            this.accountConcurrency = value;
            return this;
        }

        /** How process-mode environments are limited (default: what this machine supports, detected). */
        public Builder limits(ResourceLimits value) {
            this.limits = () -> value;
            return this;
        }

        /** The CPUs process-mode environments share (default: this machine's). */
        public Builder cores(double value) {
            if (!(value > 0)) {
                throw new IllegalArgumentException("cores must be positive");
            }
            this.cores = value;
            return this;
        }

        /**
         * A role of the local STS: {@code AssumeRole} on {@code roleArn} issues keys of the role's account to callers
         * {@code trusted} names (account ids or principal ARNs), given {@code externalId} when it is not null.
         */
        public Builder role(String roleArn, List<String> trusted, String externalId) {
            roles.add(new TrustedRole(roleArn, trusted, externalId));
            return this;
        }

        /** Requests signed with {@code accessKeyId} come from {@code principalArn} (and its account). */
        public Builder accessKey(String accessKeyId, String principalArn) {
            Caller.of(principalArn);
            accessKeys.put(accessKeyId, principalArn);
            return this;
        }

        /** The clock update and activation delays and timestamps are read from (default: the machine's). */
        public Builder clock(LocalClock value) {
            this.clock = value;
            return this;
        }

        /** A function registered at start. */
        public Builder function(FunctionDefinition definition) {
            functions.add(definition);
            return this;
        }

        public LocalLambda start() {
            try {
                return new LocalLambda(this);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
