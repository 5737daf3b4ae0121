package dev.powertuner.core.model;

/** The Publisher loop: next configuration {@code index}, {@code count} configurations, {@code more} = continue. */
public record PublishIterator(int index, int count, boolean more) {

    /** The iterator at configuration {@code index}. */
    public static PublishIterator at(int index, int count) {
        return new PublishIterator(index, count, index < count);
    }
}
