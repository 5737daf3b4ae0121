package dev.powertuner.local;

import dev.powertuner.local.time.LocalClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that moves only when a test advances it, or by a fixed step on every reading (so a waiter polling without
 * backoff sees time pass without any wall-clock sleep).
 */
final class ManualClock implements LocalClock {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private final AtomicLong nanos = new AtomicLong();
    private final long stepNanos;

    ManualClock() {
        this(Duration.ZERO);
    }

    private ManualClock(Duration step) {
        this.stepNanos = step.toNanos();
    }

    /** A clock that advances by {@code step} each time it is read. */
    static ManualClock ticking(Duration step) {
        return new ManualClock(step);
    }

    void advance(Duration by) {
        nanos.addAndGet(by.toNanos());
    }

    @Override
    public long nanoTime() {
        return nanos.getAndAdd(stepNanos);
    }

    @Override
    public Instant instant() {
        return START.plusNanos(nanos.get());
    }
}
