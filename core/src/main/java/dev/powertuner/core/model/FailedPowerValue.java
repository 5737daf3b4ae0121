package dev.powertuner.core.model;

/** A failed power value (docs/reference-differences.md); {@code errorMessage} at most 512 characters. */
public record FailedPowerValue(int power, String errorType, String errorMessage) {

    /** Longest error message kept in the state. */
    public static final int MAX_MESSAGE = 512;

    public FailedPowerValue {
        errorType = errorType == null ? "Error" : errorType;
        errorMessage = truncate(errorMessage);
    }

    /** The first 512 characters ({@code ""} for null). */
    public static String truncate(String message) {
        if (message == null) {
            return "";
        }
        return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE);
    }
}
