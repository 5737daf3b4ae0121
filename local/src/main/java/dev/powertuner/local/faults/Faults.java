package dev.powertuner.local.faults;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fault injection: throttling, update conflicts and function failures (errors, timeouts, out of memory), for the
 * next N calls or persistently for one memory size.
 */
public final class Faults {
    private final AtomicInteger invokeThrottles = new AtomicInteger();
    private final AtomicInteger controlThrottles = new AtomicInteger();
    private final AtomicInteger updateConflicts = new AtomicInteger();
    private final List<Rule> rules = new ArrayList<>();

    public Faults() {
    }

    /** Kinds of injected function failure. */
    public enum Kind { ERROR, TIMEOUT, OUT_OF_MEMORY }

    /** The next {@code n} Invoke calls answer 429 TooManyRequestsException. */
    public void throttleInvokes(int n) {
        invokeThrottles.set(n);
    }

    /** The next {@code n} control-plane calls (anything but Invoke) answer 429 TooManyRequestsException. */
    public void throttleControlPlane(int n) {
        controlThrottles.set(n);
    }

    /** The next {@code n} UpdateFunctionConfiguration calls answer ResourceConflictException. */
    public void conflictOnUpdate(int n) {
        updateConflicts.set(n);
    }

    /** The next {@code n} invocations of a function fail with a function error of this type and message. */
    public void failInvocations(String function, int n, String errorType, String message) {
        add(new Rule(function, null, n, Kind.ERROR, errorType, message));
    }

    /** The next {@code n} invocations of a function time out. */
    public void timeoutInvocations(String function, int n) {
        add(new Rule(function, null, n, Kind.TIMEOUT, null, null));
    }

    /** Every invocation of a function configured with this memory size fails in the given way. */
    public void failAtMemory(String function, int memorySize, Kind kind, String errorType, String message) {
        add(new Rule(function, memorySize, -1, kind, errorType, message));
    }

    /** Removes every injected fault. */
    public synchronized void clear() {
        rules.clear();
        invokeThrottles.set(0);
        controlThrottles.set(0);
        updateConflicts.set(0);
    }

    private synchronized void add(Rule rule) {
        rules.add(rule);
    }

    public boolean takeInvokeThrottle() {
        return take(invokeThrottles);
    }

    public boolean takeControlThrottle() {
        return take(controlThrottles);
    }

    public boolean takeUpdateConflict() {
        return take(updateConflicts);
    }

    /** The fault that applies to this invocation, consuming one use of it, or null. */
    public synchronized Rule functionFault(String function, int memorySize) {
        for (Iterator<Rule> it = rules.iterator(); it.hasNext(); ) {
            Rule r = it.next();
            if (!r.function.equals(function) || r.memorySize != null && r.memorySize != memorySize) {
                continue;
            }
            if (r.remaining > 0) {
                r.remaining--;
                if (r.remaining == 0) {
                    it.remove();
                }
            }
            return r;
        }
        return null;
    }

    private static boolean take(AtomicInteger counter) {
        return counter.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    /** One injected function failure. */
    public static final class Rule {
        final String function;
        final Integer memorySize;
        public final Kind kind;
        public final String errorType;
        public final String message;
        private int remaining;

        Rule(String function, Integer memorySize, int remaining, Kind kind, String errorType, String message) {
            this.function = function;
            this.memorySize = memorySize;
            this.remaining = remaining;
            this.kind = kind;
            this.errorType = errorType == null ? "Error" : errorType;
            this.message = message == null ? "Injected failure" : message;
        }
    }
}
