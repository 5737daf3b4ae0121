package dev.powertuner.core.model;

/** Configuration k of a run: the power value, the cold-start index ({@code -1} in normal mode) and the alias. */
public record Configuration(int power, int index, String alias) {
}
