package dev.powertuner.functions;

import dev.powertuner.core.port.FunctionConfiguration;
import dev.powertuner.core.port.FunctionControl;
import dev.powertuner.core.port.InvocationResult;
import dev.powertuner.core.port.LambdaApiException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An in-memory {@link FunctionControl} for handler tests: one account in us-east-1, functions addressed by name,
 * partial or full ARN; durations of 1,000 ms at 128 MB scaled by memory; the first invocation of a version is cold.
 */
final class FakeLambda implements FunctionControl {

    static final String ARN_PREFIX = "arn:aws:lambda:us-east-1:000000000000:function:";

    private final Map<String, Fn> functions = new LinkedHashMap<>();
    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    private final Map<Integer, String> failingMemory = new LinkedHashMap<>();
    private int memoryCap = 10_240;

    /** Adds a function with its {@code $LATEST} memory and description. */
    FakeLambda function(String name, int memory, String description) {
        functions.put(name, new Fn(memory, description));
        return this;
    }

    /** Invocations at this memory size fail with this error type. */
    FakeLambda failAt(int memory, String errorType) {
        failingMemory.put(memory, errorType);
        return this;
    }

    /** UpdateFunctionConfiguration above this memory fails with InvalidParameterValueException. */
    FakeLambda memoryCap(int cap) {
        this.memoryCap = cap;
        return this;
    }

    List<String> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    Map<String, String> aliases(String name) {
        return Map.copyOf(fn(name).aliases);
    }

    List<String> versions(String name) {
        return List.copyOf(fn(name).versions.keySet());
    }

    int latestMemory(String name) {
        return fn(name).latest.memory;
    }

    String latestDescription(String name) {
        return fn(name).latest.description;
    }

    static String nameOf(String function) {
        String rest = function.contains(":function:") ? function.substring(function.indexOf(":function:") + 10)
                : function;
        int colon = rest.indexOf(':');
        return colon < 0 ? rest : rest.substring(0, colon);
    }

    private synchronized Fn fn(String function) {
        Fn fn = functions.get(nameOf(function));
        if (fn == null) {
            throw notFound("Function not found: " + ARN_PREFIX + nameOf(function));
        }
        return fn;
    }

    private static LambdaApiException notFound(String message) {
        return new LambdaApiException("ResourceNotFoundException", 404, message, null);
    }

    private synchronized Config resolve(String function, String qualifier) {
        Fn fn = fn(function);
        if (qualifier == null || "$LATEST".equals(qualifier)) {
            return fn.latest;
        }
        String version = fn.aliases.getOrDefault(qualifier, qualifier);
        Config config = fn.versions.get(version);
        if (config == null) {
            throw notFound("Function not found: " + ARN_PREFIX + nameOf(function) + ":" + qualifier);
        }
        return config;
    }

    @Override
    public synchronized FunctionConfiguration configuration(String function, String qualifier) {
        calls.add("GetFunctionConfiguration " + nameOf(function) + (qualifier == null ? "" : ":" + qualifier));
        Config c = resolve(function, qualifier);
        String arn = ARN_PREFIX + nameOf(function) + ("$LATEST".equals(c.version) ? "" : ":" + c.version);
        return new FunctionConfiguration(arn, c.version, c.memory, c.description, "x86_64", "Active", "Successful",
                512);
    }

    @Override
    public synchronized void updateConfiguration(String function, int memoryMb, String description) {
        calls.add("UpdateFunctionConfiguration " + memoryMb);
        Fn fn = fn(function);
        if (memoryMb > memoryCap) {
            throw new LambdaApiException("InvalidParameterValueException", 400,
                    "'MemorySize' value failed to satisfy constraint: Member must have value less than or equal to "
                            + memoryCap, null);
        }
        fn.latest = new Config("$LATEST", memoryMb, description == null ? fn.latest.description : description);
    }

    @Override
    public void awaitUpdated(String function) {
        calls.add("awaitUpdated");
    }

    @Override
    public void awaitActive(String function, String qualifier) {
        calls.add("awaitActive " + qualifier);
    }

    @Override
    public synchronized String publishVersion(String function, String description) {
        calls.add("PublishVersion");
        Fn fn = fn(function);
        String d = description == null ? fn.latest.description : description;
        Config last = fn.versions.isEmpty() ? null : fn.versions.get(String.valueOf(fn.nextVersion - 1));
        if (last != null && last.memory == fn.latest.memory && last.description.equals(d)) {
            return last.version;
        }
        String version = String.valueOf(fn.nextVersion++);
        fn.versions.put(version, new Config(version, fn.latest.memory, d));
        return version;
    }

    @Override
    public synchronized Optional<String> aliasVersion(String function, String alias) {
        calls.add("GetAlias " + alias);
        return Optional.ofNullable(fn(function).aliases.get(alias));
    }

    @Override
    public synchronized void createAlias(String function, String alias, String version) {
        calls.add("CreateAlias " + alias + " " + version);
        fn(function).aliases.put(alias, version);
    }

    @Override
    public synchronized void updateAlias(String function, String alias, String version) {
        calls.add("UpdateAlias " + alias + " " + version);
        fn(function).aliases.put(alias, version);
    }

    @Override
    public synchronized void deleteAlias(String function, String alias) {
        calls.add("DeleteAlias " + alias);
        if (fn(function).aliases.remove(alias) == null) {
            throw notFound("Alias not found: " + alias);
        }
    }

    @Override
    public synchronized void deleteVersion(String function, String version) {
        calls.add("DeleteFunction " + version);
        if (fn(function).versions.remove(version) == null) {
            throw notFound("Function not found: " + ARN_PREFIX + nameOf(function) + ":" + version);
        }
    }

    @Override
    public synchronized List<FunctionConfiguration> listVersions(String function) {
        calls.add("ListVersionsByFunction");
        List<FunctionConfiguration> out = new ArrayList<>();
        for (Config c : fn(function).versions.values()) {
            out.add(new FunctionConfiguration(ARN_PREFIX + nameOf(function) + ":" + c.version, c.version, c.memory,
                    c.description, "x86_64", "Active", "Successful", 512));
        }
        return out;
    }

    @Override
    public InvocationResult invoke(String function, String qualifier, String payload) {
        Config config;
        boolean cold;
        synchronized (this) {
            calls.add("Invoke " + nameOf(function) + (qualifier == null ? "" : ":" + qualifier));
            config = resolve(function, qualifier);
            cold = fn(function).warm.add(config.version);
        }
        double duration = 1000.0 * 128 / config.memory;
        String report = String.format(Locale.ROOT, "REPORT RequestId: r\tDuration: %.2f ms\tBilled Duration: %d ms"
                        + "\tMemory Size: %d MB\tMax Memory Used: 64 MB%s\t\n", duration, (long) Math.ceil(duration),
                config.memory, cold ? "\tInit Duration: 100.50 ms" : "");
        String log = Base64.getEncoder().encodeToString(report.getBytes(StandardCharsets.UTF_8));
        String errorType = failingMemory.get(config.memory);
        if (errorType != null && qualifier != null) {
            return new InvocationResult("Unhandled",
                    "{\"errorType\":\"" + errorType + "\",\"errorMessage\":\"failed at " + config.memory + "\"}", log);
        }
        return new InvocationResult(null, payload == null ? "null" : payload, log);
    }

    /** One configuration: $LATEST or a version. */
    private record Config(String version, int memory, String description) {
    }

    /** One function's state. */
    private static final class Fn {
        private Config latest;
        private final Map<String, Config> versions = new LinkedHashMap<>();
        private final Map<String, String> aliases = new LinkedHashMap<>();
        private final Set<String> warm = new HashSet<>();
        private int nextVersion = 1;

        Fn(int memory, String description) {
            this.latest = new Config("$LATEST", memory, description);
        }
    }
}
