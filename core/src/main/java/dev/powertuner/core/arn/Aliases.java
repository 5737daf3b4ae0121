package dev.powertuner.core.arn;

/** Alias names of the tuning run: {@code RAM<p>} and {@code RAM<p>-<i>}. */
public final class Aliases {

    public static final String PREFIX = "RAM";

    private Aliases() {
    }

    /** {@code RAM<power>}. */
    public static String of(int power) {
        return PREFIX + power;
    }

    /** {@code RAM<power>-<index>}. */
    public static String of(int power, int index) {
        return PREFIX + power + "-" + index;
    }
}
