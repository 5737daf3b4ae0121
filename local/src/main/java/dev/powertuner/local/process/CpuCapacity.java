package dev.powertuner.local.process;

/**
 * The host's CPUs shared out to busy execution environments. On Lambda every environment has CPUs of its own; here
 * the Map runs every memory size at once on a few cores, so an invocation first waits until its share is free
 * (that wait is not Duration, as time in Lambda's queue is not) and the sum of busy quotas never exceeds the host.
 */
public final class CpuCapacity {
    private static final long MILLI = 1000;
    private final long capacity;
    private long used;
    private long waits;
    private long waitedNanos;

    public CpuCapacity(double cores) {
        this.capacity = Math.round(cores * MILLI);
    }

    /** Waits until {@code vcpu} (capped at the host) is free and takes it; returns the nanoseconds waited. */
    public synchronized long acquire(double vcpu) throws InterruptedException {
        long want = share(vcpu);
        long start = System.nanoTime();
        boolean waited = false;
        while (used + want > capacity) {
            waited = true;
            wait();
        }
        used += want;
        long nanos = System.nanoTime() - start;
        if (waited) {
            waits++;
            waitedNanos += nanos;
        }
        return waited ? nanos : 0;
    }

    public synchronized void release(double vcpu) {
        used -= share(vcpu);
        notifyAll();
    }

    /** Invocations and INIT phases that waited for CPU, and how long in total. */
    public synchronized Waits waits() {
        return new Waits(waits, waitedNanos / 1e6);
    }

    /** The host's cores. */
    public double cores() {
        return capacity / (double) MILLI;
    }

    private long share(double vcpu) {
        return Math.min(capacity, Math.max(1, Math.round(vcpu * MILLI)));
    }

    /**
     * Waiting for CPU capacity.
     *
     * @param count   how many INIT phases and invocations waited
     * @param totalMs the time they waited together
     */
    public record Waits(long count, double totalMs) {
    }
}
