package dev.powertuner.local;

import java.util.concurrent.TimeUnit;

/** Real sleeps for simulated time. */
final class Sleep {
    private Sleep() {
    }

    /** Sleeps {@code simulatedMs × scale} real milliseconds (interrupts end the sleep early). */
    static void simulated(double simulatedMs, double scale) {
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
