package dev.powertuner.local.environment;

import java.util.concurrent.TimeUnit;

/** Real sleeps for simulated time. */
public final class Sleep {
    private Sleep() {
    }

    /** Sleeps {@code simulatedMs × scale} real milliseconds (interrupts end the sleep early). */
    public static void simulated(double simulatedMs, double scale) {
        long nanos = (long) (simulatedMs * scale * 1_000_000L);
        if (nanos <= 0) {
            return;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
