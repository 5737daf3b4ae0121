package dev.powertuner.local.function;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.local.process.ProcessSpec;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A function to host: its initial {@code $LATEST} configuration and its backend (an in-process Java handler or a
 * simulated {@link WorkloadProfile}).
 */
public final class FunctionDefinition {
    /** Restore Duration of a SnapStart cold start unless set. */
    public static final double DEFAULT_RESTORE_MS = 250.0;
    /** Billed Restore Duration of a SnapStart cold start unless set. */
    public static final long DEFAULT_BILLED_RESTORE_MS = 50;

    private final String name;
    private final int memorySize;
    private final int timeout;
    private final String architecture;
    private final String logFormat;
    private final String description;
    private final Map<String, String> environment;
    private final String handler;
    private final Function<Map<String, String>, Object> handlerFactory;
    private final WorkloadProfile profile;
    private final ProcessSpec process;
    private final Integer reservedConcurrency;
    private final boolean snapStart;
    private final int ephemeralStorage;
    private final double restoreMs;
    private final long billedRestoreMs;
    private final String accountId;

    private FunctionDefinition(Builder b) {
        this.name = Objects.requireNonNull(b.name, "name");
        if (!name.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("Invalid function name: " + name);
        }
        this.memorySize = b.memorySize;
        this.timeout = b.timeout;
        this.architecture = b.architecture;
        this.logFormat = b.logFormat;
        this.description = b.description;
        this.environment = Map.copyOf(b.environment);
        this.handler = b.handler;
        this.handlerFactory = b.handlerFactory;
        this.process = b.process;
        this.profile = b.profile == null && b.handler == null && b.handlerFactory == null && b.process == null
                ? WorkloadProfile.of(0, 0) : b.profile;
        this.reservedConcurrency = b.reservedConcurrency;
        this.snapStart = b.snapStart;
        this.ephemeralStorage = b.ephemeralStorage;
        this.restoreMs = b.restoreMs;
        this.billedRestoreMs = b.billedRestoreMs;
        this.accountId = b.accountId;
        if (accountId != null && !accountId.matches("[0-9]{12}")) {
            throw new IllegalArgumentException("accountId must be 12 digits: " + accountId);
        }
        if (!"Text".equals(logFormat) && !"JSON".equals(logFormat)) {
            throw new IllegalArgumentException("logFormat must be Text or JSON: " + logFormat);
        }
        if (!"x86_64".equals(architecture) && !"arm64".equals(architecture)) {
            throw new IllegalArgumentException("architecture must be x86_64 or arm64: " + architecture);
        }
    }

    /** The same function run in process mode by {@code spec} (a Java handler given with a class path). */
    public FunctionDefinition withProcess(ProcessSpec spec) {
        Builder b = builder(name).memorySize(memorySize).timeout(timeout).architecture(architecture)
                .logFormat(logFormat).description(description).environment(environment)
                .reservedConcurrency(reservedConcurrency).snapStart(snapStart).ephemeralStorage(ephemeralStorage)
                .restore(restoreMs, billedRestoreMs).accountId(accountId).process(spec);
        return b.build();
    }

    public static Builder builder(String name) {
        return new Builder().name(name);
    }

    /**
     * Reads one entry of a functions file strictly (see docs/local-lambda.md for the keys); a relative {@code code}
     * is resolved against the working directory. {@link dev.powertuner.local.LocalLambda#readFunctionsFile} resolves it against the file.
     */
    public static FunctionDefinition fromJson(JsonNode node) {
        return FunctionsFile.entry(node, Path.of("").toAbsolutePath(), "function");
    }

    public String name() {
        return name;
    }

    public int memorySize() {
        return memorySize;
    }

    public int timeout() {
        return timeout;
    }

    public String architecture() {
        return architecture;
    }

    public String logFormat() {
        return logFormat;
    }

    public String description() {
        return description;
    }

    public Map<String, String> environment() {
        return environment;
    }

    /** Handler class name, or null. */
    public String handler() {
        return handler;
    }

    /** Handler factory (takes the environment), or null. */
    public Function<Map<String, String>, Object> handlerFactory() {
        return handlerFactory;
    }

    /** The process-mode backend (runtime, handler, code), or null. */
    public ProcessSpec process() {
        return process;
    }

    /** Workload profile, or null for a Java handler. */
    public WorkloadProfile profile() {
        return profile;
    }

    public Integer reservedConcurrency() {
        return reservedConcurrency;
    }

    public boolean snapStart() {
        return snapStart;
    }

    public int ephemeralStorage() {
        return ephemeralStorage;
    }

    /** Restore Duration (ms) a SnapStart version reports on a cold start. */
    public double restoreMs() {
        return restoreMs;
    }

    /** Billed Restore Duration (ms) a SnapStart version reports on a cold start. */
    /** The account the function belongs to; null for the service's own account. */
    public String accountId() {
        return accountId;
    }

    public long billedRestoreMs() {
        return billedRestoreMs;
    }

    /** Builder; defaults: 128 MB, 3 s, x86_64, Text logs, empty description and environment. */
    public static final class Builder {
        private String name;
        private int memorySize = 128;
        private int timeout = 3;
        private String architecture = "x86_64";
        private String logFormat = "Text";
        private String description = "";
        private Map<String, String> environment = Map.of();
        private String handler;
        private Function<Map<String, String>, Object> handlerFactory;
        private WorkloadProfile profile;
        private ProcessSpec process;
        private Integer reservedConcurrency;
        private boolean snapStart;
        private int ephemeralStorage = 512;
        private double restoreMs = DEFAULT_RESTORE_MS;
        private long billedRestoreMs = DEFAULT_BILLED_RESTORE_MS;
        private String accountId;

        private Builder() {
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder memorySize(int value) {
            this.memorySize = value;
            return this;
        }

        public Builder timeout(int seconds) {
            this.timeout = seconds;
            return this;
        }

        public Builder architecture(String value) {
            this.architecture = value;
            return this;
        }

        public Builder logFormat(String value) {
            this.logFormat = value;
            return this;
        }

        public Builder description(String value) {
            this.description = value == null ? "" : value;
            return this;
        }

        public Builder environment(Map<String, String> value) {
            this.environment = value;
            return this;
        }

        /** A RequestStreamHandler or RequestHandler class on the classpath. */
        public Builder handler(String className) {
            this.handler = className;
            return this;
        }

        /** Creates a handler instance (RequestStreamHandler or RequestHandler) per execution environment. */
        public Builder handlerFactory(Function<Map<String, String>, Object> factory) {
            this.handlerFactory = factory;
            return this;
        }

        /** Runs each execution environment as a process under Lambda's limits (docs/local-lambda.md). */
        public Builder process(ProcessSpec value) {
            this.process = value;
            return this;
        }

        public Builder profile(WorkloadProfile value) {
            this.profile = value;
            return this;
        }

        public Builder reservedConcurrency(Integer value) {
            this.reservedConcurrency = value;
            return this;
        }

        public Builder snapStart(boolean value) {
            this.snapStart = value;
            return this;
        }

        public Builder ephemeralStorage(int mb) {
            this.ephemeralStorage = mb;
            return this;
        }

        /** Restore Duration and Billed Restore Duration of SnapStart cold starts (published versions only). */
        public Builder restore(double restoreDurationMs, long billedRestoreDurationMs) {
            this.restoreMs = restoreDurationMs;
            this.billedRestoreMs = billedRestoreDurationMs;
            return this;
        }

        /** The account the function belongs to (12 digits); default: the service's account. */
        public Builder accountId(String value) {
            this.accountId = value;
            return this;
        }

        public FunctionDefinition build() {
            return new FunctionDefinition(this);
        }
    }
}
