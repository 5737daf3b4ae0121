package dev.powertuner.local.time;

import java.time.Instant;

/**
 * The time Local Lambda reads: a monotonic clock for delays (update in progress, pending versions) and wall time for
 * timestamps. Tests pass one they advance themselves, so they wait on events instead of on the wall clock.
 */
public interface LocalClock {
    /** Monotonic nanoseconds, comparable only with other readings of the same clock. */
    long nanoTime();

    /** Wall time, for timestamps in logs and LastModified. */
    Instant instant();

    /** The machine's clocks. */
    static LocalClock system() {
        return SystemClock.INSTANCE;
    }
}
