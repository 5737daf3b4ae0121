package dev.powertuner.cli;

import java.util.Locale;

/** A figure the regression gate compares per memory size: the average duration or the average cost per invocation. */
enum Metric {
    DURATION,
    COST;

    /** The name used in messages and in {@code --max-regression duration=10,cost=5}. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** This metric of a row; null for a failed row. */
    Double of(TuningReport.Row row) {
        return this == DURATION ? row.duration() : row.cost();
    }

    String format(Double value) {
        return this == DURATION ? TextTable.ms(value) : TextTable.price(value);
    }

    /** The metric called {@code label}; null when there is none. */
    static Metric byLabel(String label) {
        for (Metric m : values()) {
            if (m.label().equals(label)) {
                return m;
            }
        }
        return null;
    }
}
