package dev.powertuner.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A plain-text table: the first column left-aligned, the others right-aligned, two spaces between columns. */
final class TextTable {
    private final List<String[]> lines = new ArrayList<>();
    private final int columns;
    private boolean lastLeft;

    TextTable(String... header) {
        this.columns = header.length;
        lines.add(header);
    }

    /** Left-aligns the last column (free text such as error messages). */
    TextTable lastColumnLeft() {
        lastLeft = true;
        return this;
    }

    TextTable row(String... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " cells, got " + cells.length);
        }
        lines.add(cells);
        return this;
    }

    String render() {
        int[] widths = new int[columns];
        for (String[] line : lines) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] line : lines) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                if (i > 0) {
                    text.append("  ");
                }
                String pad = " ".repeat(widths[i] - line[i].length());
                boolean left = i == 0 || (lastLeft && i == columns - 1);
                text.append(left ? line[i] + pad : pad + line[i]);
            }
            sb.append(text.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    static String ms(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.2f ms", value);
    }

    static String price(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.4e", value);
    }
}
