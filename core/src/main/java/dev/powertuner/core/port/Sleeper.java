package dev.powertuner.core.port;

/** Sleeps; a port so that tests of {@code sleepBetweenRunsMs} and waiting loops need no real time. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = millis -> {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sleeping", e);
        }
    };

    void sleep(long millis);
}
