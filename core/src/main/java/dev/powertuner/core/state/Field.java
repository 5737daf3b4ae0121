package dev.powertuner.core.state;

import dev.powertuner.core.error.PowerTunerException;
import java.util.function.Supplier;

/**
 * One field of the state, read once: its value, or the error a step reports when it uses the field. The error waits
 * for that use so that each step rejects a bad state with the same error, in the same order, as the reference.
 *
 * @param <T> the field's type
 */
public final class Field<T> {

    private final T value;
    private final Supplier<? extends PowerTunerException> error;

    private Field(T value, Supplier<? extends PowerTunerException> error) {
        this.value = value;
        this.error = error;
    }

    /** A field with a value. */
    public static <T> Field<T> of(T value) {
        return new Field<>(value, null);
    }

    /** A field whose use throws the error {@code error} builds. */
    public static <T> Field<T> failing(Supplier<? extends PowerTunerException> error) {
        return new Field<>(null, error);
    }

    /** Runs {@code reader} now; an exception it throws is kept for the first {@link #get}. */
    public static <T> Field<T> read(Supplier<T> reader) {
        try {
            return of(reader.get());
        } catch (PowerTunerException e) {
            return failing(() -> e);
        }
    }

    /** The value; throws the field's error when it has one. */
    public T get() {
        if (error != null) {
            throw error.get();
        }
        return value;
    }

    /** True when {@link #get} throws. */
    public boolean failed() {
        return error != null;
    }
}
