package dev.powertuner.core;

import dev.powertuner.core.port.FunctionConfiguration;
import dev.powertuner.core.port.FunctionControl;
import dev.powertuner.core.port.InvocationResult;
import dev.powertuner.core.port.LambdaApiException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * In-memory Lambda for tests: functions with $LATEST memory/description, versions, aliases, invocations answering
 * with REPORT log tails, call counts by Lambda operation name and injectable faults. Thread-safe.
 */
public final class FakeLambda implements FunctionControl {

    public static final String ACCOUNT = "123456789012";

    /** What an invocation of alias/qualifier at a memory size returns. */
    @FunctionalInterface
    public interface Behaviour {
        InvocationResult invoke(String qualifier, int memory, String payload, int invocationIndex);
    }

    /** One fault: the operation throws it, whatever the memory size. */
    public record Fault(String errorCode, String message) {
    }

    private static final class Fn {
        final String arn;
        int memory;
        String description;
        String architecture = "x86_64";
        int ephemeral = 512;
        final TreeMap<Integer, FunctionConfiguration> versions = new TreeMap<>();
        final Map<String, String> aliases = new LinkedHashMap<>();

        Fn(String arn, int memory, String description) {
            this.arn = arn;
            this.memory = memory;
            this.description = description;
        }
    }

    private final String region;
    private final Map<String, Fn> functions = new LinkedHashMap<>();
    private final Map<String, AtomicInteger> calls = new TreeMap<>();
    private final List<String> log = new ArrayList<>();
    private final Map<String, Fault> faults = new LinkedHashMap<>();
    private final Map<String, Behaviour> behaviours = new LinkedHashMap<>();
    private final AtomicInteger invocationCounter = new AtomicInteger();
    private String pendingState;
    private int memoryCap = Integer.MAX_VALUE;

    public FakeLambda() {
        this("us-east-1");
    }

    public FakeLambda(String region) {
        this.region = region;
    }

    /** Adds a function with $LATEST at {@code memory} and {@code description}. */
    public synchronized FakeLambda withFunction(String name, int memory, String description) {
        functions.put(name, new Fn("arn:aws:lambda:" + region + ":" + ACCOUNT + ":function:" + name, memory,
                description));
        return this;
    }

    /** Sets the architecture of a function. */
    public synchronized FakeLambda withArchitecture(String name, String architecture) {
        fn(name).architecture = architecture;
        return this;
    }

    /** Sets the ephemeral storage of a function. */
    public synchronized FakeLambda withEphemeralStorage(String name, int mb) {
        fn(name).ephemeral = mb;
        return this;
    }

    /** Published versions start in this State (e.g. Pending). */
    public synchronized FakeLambda withVersionState(String state) {
        this.pendingState = state;
        return this;
    }

    /** Sets how invocations of {@code name} answer. */
    public synchronized FakeLambda withBehaviour(String name, Behaviour behaviour) {
        behaviours.put(name, behaviour);
        return this;
    }

    /** Makes {@code operation} throw {@code errorCode: message} (for every memory size). */
    public synchronized FakeLambda withFault(String operation, String errorCode, String message) {
        faults.put(operation, new Fault(errorCode, message));
        return this;
    }

    /** Makes UpdateFunctionConfiguration reject memory sizes above {@code max}. */
    public synchronized FakeLambda withMemoryCap(int max) {
        memoryCap = max;
        return this;
    }

    /** Creates a version and an alias pointing to it (as a previous run or the user would). */
    public synchronized String seedVersion(String name, String description, String... aliases) {
        Fn f = fn(name);
        int number = f.versions.isEmpty() ? 1 : f.versions.lastKey() + 1;
        f.versions.put(number, config(f, String.valueOf(number), f.memory, description, "Active"));
        for (String alias : aliases) {
            f.aliases.put(alias, String.valueOf(number));
        }
        return String.valueOf(number);
    }

    /** Number of calls of a Lambda operation. */
    public synchronized int calls(String operation) {
        AtomicInteger n = calls.get(operation);
        return n == null ? 0 : n.get();
    }

    /** Ordered call log entries {@code Operation[:detail]}. */
    public synchronized List<String> log() {
        return List.copyOf(log);
    }

    public synchronized int memory(String name) {
        return fn(name).memory;
    }

    public synchronized String description(String name) {
        return fn(name).description;
    }

    public synchronized Map<String, String> aliases(String name) {
        return new LinkedHashMap<>(fn(name).aliases);
    }

    public synchronized List<FunctionConfiguration> versions(String name) {
        return new ArrayList<>(fn(name).versions.values());
    }

    /** A base64 LogResult with a text REPORT line. */
    public static String report(double duration, long billed, double init) {
        String line = "START RequestId: r Version: 1\nEND RequestId: r\nREPORT RequestId: r\tDuration: "
                + String.format(java.util.Locale.ROOT, "%.2f", duration) + " ms\tBilled Duration: " + billed
                + " ms\tMemory Size: 128 MB\tMax Memory Used: 20 MB"
                + (init > 0 ? String.format(java.util.Locale.ROOT, "\tInit Duration: %.2f ms", init) : "");
        return Base64.getEncoder().encodeToString(line.getBytes(StandardCharsets.UTF_8));
    }

    /** Default behaviour: duration 12800 / memory ms, billed rounded up, no error. */
    public static InvocationResult defaultResult(int memory) {
        return defaultResult(memory, 0);
    }

    /** The default behaviour's answer with an Init Duration ({@code init} ms; 0 = none), as a cold start reports. */
    public static InvocationResult defaultResult(int memory, double init) {
        double duration = 12_800.0 / memory;
        return new InvocationResult(null, "{\"ok\":true}", report(duration, (long) Math.ceil(duration), init));
    }

    @Override
    public synchronized FunctionConfiguration configuration(String function, String qualifier) {
        record("GetFunctionConfiguration", qualifier);
        Fn f = fn(function);
        if (qualifier == null || "$LATEST".equals(qualifier)) {
            return config(f, "$LATEST", f.memory, f.description, "Active");
        }
        FunctionConfiguration v = f.versions.get(versionNumber(f, qualifier));
        if (v == null) {
            throw notFound("Function not found: " + f.arn + ":" + qualifier);
        }
        return v;
    }

    @Override
    public synchronized void updateConfiguration(String function, int memoryMb, String description) {
        record("UpdateFunctionConfiguration", String.valueOf(memoryMb));
        fault("UpdateFunctionConfiguration");
        if (memoryMb > memoryCap) {
            throw new LambdaApiException("InvalidParameterValueException", 400, "1 validation error detected: Value '"
                    + memoryMb + "' at 'memorySize' failed to satisfy constraint: Member must have value less than or equal to "
                    + memoryCap, null);
        }
        Fn f = fn(function);
        f.memory = memoryMb;
        if (description != null) {
            f.description = description;
        }
    }

    @Override
    public synchronized void awaitUpdated(String function) {
        record("waitUntilFunctionUpdated", null);
        fn(function);
    }

    @Override
    public synchronized void awaitActive(String function, String qualifier) {
        record("waitUntilFunctionActive", qualifier);
        Fn f = fn(function);
        Integer number = versionNumber(f, qualifier);
        FunctionConfiguration v = f.versions.get(number);
        if (v != null) {
            f.versions.put(number, config(f, v.version(), v.memorySize(), v.description(), "Active"));
        }
    }

    @Override
    public synchronized String publishVersion(String function, String description) {
        record("PublishVersion", null);
        fault("PublishVersion");
        Fn f = fn(function);
        if (!f.versions.isEmpty()) {
            FunctionConfiguration last = f.versions.lastEntry().getValue();
            if (last.memorySize() == f.memory && last.description().equals(f.description)) {
                return last.version();
            }
        }
        int number = f.versions.isEmpty() ? 1 : f.versions.lastKey() + 1;
        String state = pendingState == null ? "Active" : pendingState;
        f.versions.put(number, config(f, String.valueOf(number), f.memory, f.description, state));
        return String.valueOf(number);
    }

    @Override
    public synchronized Optional<String> aliasVersion(String function, String alias) {
        record("GetAlias", alias);
        fault("GetAlias");
        return Optional.ofNullable(fn(function).aliases.get(alias));
    }

    @Override
    public synchronized void createAlias(String function, String alias, String version) {
        record("CreateAlias", alias);
        fault("CreateAlias");
        Fn f = fn(function);
        if (f.aliases.containsKey(alias)) {
            throw new LambdaApiException("ResourceConflictException", 409, "Alias already exists: " + alias, null);
        }
        f.aliases.put(alias, version);
    }

    @Override
    public synchronized void updateAlias(String function, String alias, String version) {
        record("UpdateAlias", alias);
        fault("UpdateAlias");
        Fn f = fn(function);
        if (!f.aliases.containsKey(alias)) {
            throw notFound("Alias not found: " + alias);
        }
        f.aliases.put(alias, version);
    }

    @Override
    public synchronized void deleteAlias(String function, String alias) {
        record("DeleteAlias", alias);
        fault("DeleteAlias");
        if (fn(function).aliases.remove(alias) == null) {
            throw notFound("Alias not found: " + alias);
        }
    }

    @Override
    public synchronized void deleteVersion(String function, String version) {
        record("DeleteFunction", version);
        fault("DeleteFunction");
        Fn f = fn(function);
        if (f.versions.remove(Integer.valueOf(version)) == null) {
            throw notFound("Function not found: " + f.arn + ":" + version);
        }
    }

    @Override
    public synchronized List<FunctionConfiguration> listVersions(String function) {
        record("ListVersionsByFunction", null);
        return new ArrayList<>(fn(function).versions.values());
    }

    @Override
    public InvocationResult invoke(String function, String qualifier, String payload) {
        Behaviour behaviour;
        int memory;
        int index = invocationCounter.getAndIncrement();
        synchronized (this) {
            record("Invoke", qualifier);
            fault("Invoke");
            Fn f = fn(function);
            memory = f.memory;
            if (qualifier != null) {
                FunctionConfiguration v = f.versions.get(versionNumber(f, qualifier));
                if (v == null) {
                    throw notFound("Function not found: " + f.arn + ":" + qualifier);
                }
                if ("Pending".equals(v.state())) {
                    throw new LambdaApiException("ResourceConflictException", 409, "The function is pending", null);
                }
                memory = v.memorySize();
            }
            behaviour = behaviours.get(name(function));
        }
        return behaviour == null ? defaultResult(memory) : behaviour.invoke(qualifier, memory, payload, index);
    }

    private void record(String operation, String detail) {
        calls.computeIfAbsent(operation, k -> new AtomicInteger()).incrementAndGet();
        log.add(detail == null ? operation : operation + ":" + detail);
    }

    private void fault(String operation) {
        Fault fault = faults.get(operation);
        if (fault != null) {
            throw new LambdaApiException(fault.errorCode(), 400, fault.message(), null);
        }
    }

    private Integer versionNumber(Fn f, String qualifier) {
        String version = f.aliases.getOrDefault(qualifier, qualifier);
        try {
            return Integer.valueOf(version);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private FunctionConfiguration config(Fn f, String version, int memory, String description, String state) {
        String arn = "$LATEST".equals(version) ? f.arn + ":$LATEST" : f.arn + ":" + version;
        return new FunctionConfiguration(arn, version, memory, description, f.architecture, state, "Successful",
                f.ephemeral);
    }

    private Fn fn(String function) {
        Fn f = functions.get(name(function));
        if (f == null) {
            throw notFound("Function not found: " + function);
        }
        return f;
    }

    private static String name(String function) {
        int at = function.lastIndexOf(":function:");
        String rest = at >= 0 ? function.substring(at + ":function:".length()) : function;
        int colon = rest.indexOf(':');
        return colon >= 0 ? rest.substring(0, colon) : rest;
    }

    private static LambdaApiException notFound(String message) {
        return new LambdaApiException("ResourceNotFoundException", 404, message, null);
    }
}
