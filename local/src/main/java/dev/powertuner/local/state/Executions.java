package dev.powertuner.local.state;

import dev.powertuner.local.environment.EnvironmentPool;
import dev.powertuner.local.state.FunctionState.Target;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The executions of one function: a pool of idle environments per version (or generation of {@code $LATEST}), the
 * concurrency in flight against the reserved concurrency, and the counters {@link InvocationStats} reports. Invoke
 * changes them only through these methods.
 */
public final class Executions {
    private final Map<String, EnvironmentPool> pools = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong invocations = new AtomicLong();
    private final AtomicLong coldStarts = new AtomicLong();
    private final AtomicLong environmentsCreated = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong throttles = new AtomicLong();
    private final Supplier<Integer> reservedConcurrency;

    Executions(Supplier<Integer> reservedConcurrency) {
        this.reservedConcurrency = reservedConcurrency;
    }

    /** Closes the pools whose key starts with the prefix (a version, or every generation of $LATEST). */
    void closePools(String prefix) {
        pools.entrySet().removeIf(e -> {
            boolean match = e.getKey().equals(prefix) || e.getKey().startsWith(prefix + "#");
            if (match) {
                e.getValue().close();
            }
            return match;
        });
    }

    public void closeAllPools() {
        pools.values().forEach(EnvironmentPool::close);
        pools.clear();
    }

    /**
     * Starts an execution within the reserved concurrency; false (counted as a throttle) when it is used up. Every
     * true answer must be followed by {@link #leave()}.
     */
    public boolean enter() {
        Integer reserved = reservedConcurrency.get();
        if (inFlight.incrementAndGet() > (reserved == null ? Integer.MAX_VALUE : reserved)) {
            inFlight.decrementAndGet();
            throttles.incrementAndGet();
            return false;
        }
        return true;
    }

    /** Ends an execution started by {@link #enter()}. */
    public void leave() {
        inFlight.decrementAndGet();
    }

    /** Counts an Invoke rejected by a throttle. */
    public void throttled() {
        throttles.incrementAndGet();
    }

    /** The pool of idle environments for a target's pool key; counts the invocation that takes from it. */
    public EnvironmentPool invoked(Target target) {
        invocations.incrementAndGet();
        return pools.computeIfAbsent(target.poolKey(), k -> new EnvironmentPool());
    }

    /** Counts a cold start: a new execution environment. */
    public void coldStart() {
        environmentsCreated.incrementAndGet();
        coldStarts.incrementAndGet();
    }

    /** Counts an invocation that ended in a function error, timeout or out-of-memory kill. */
    public void failed() {
        errors.incrementAndGet();
    }

    public InvocationStats stats() {
        return new InvocationStats(invocations.get(), coldStarts.get(), environmentsCreated.get(), errors.get(),
                throttles.get());
    }
}
