package dev.powertuner.local.time;

import java.time.Instant;

/** {@link System#nanoTime()} and {@link Instant#now()}. */
enum SystemClock implements LocalClock {
    INSTANCE;

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public Instant instant() {
        return Instant.now();
    }
}
