package dev.powertuner.cli;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code --max-regression}: the largest accepted increase per metric, in percent. {@code 10} limits every metric,
 * {@code duration=10,cost=5} each one named; a metric not named is not gated.
 *
 * @param percent limit per metric, in percent (0 or more)
 */
record RegressionLimits(Map<Metric, Double> percent) {
    private static final String OPTION = "--max-regression";
    private static final String EXAMPLE = "e.g. 10, or per metric duration=10,cost=5";
    private static final Pattern NUMBER = Pattern.compile("(\\d+(\\.\\d*)?|\\.\\d+)%?");

    RegressionLimits {
        percent = Collections.unmodifiableMap(new EnumMap<>(percent));
    }

    static RegressionLimits parse(String text) {
        Map<Metric, Double> limits = new EnumMap<>(Metric.class);
        if (!text.contains("=")) {
            double all = percent(text.trim(), text);
            for (Metric m : Metric.values()) {
                limits.put(m, all);
            }
            return new RegressionLimits(limits);
        }
        for (String pair : text.split(",", -1)) {
            String[] kv = pair.split("=", 2);
            Metric metric = Metric.byLabel(kv[0].trim());
            if (kv.length != 2 || metric == null) {
                throw new UsageException(OPTION + ": '" + pair + "' is not metric=percent with metric duration or cost ("
                        + EXAMPLE + ")");
            }
            if (limits.put(metric, percent(kv[1].trim(), text)) != null) {
                throw new UsageException(OPTION + ": " + metric.label() + " is given twice in '" + text + "'");
            }
        }
        return new RegressionLimits(limits);
    }

    /** The gated metrics, in {@link Metric} order. */
    Set<Metric> metrics() {
        return percent.keySet();
    }

    Double of(Metric metric) {
        return percent.get(metric);
    }

    private static double percent(String value, String whole) {
        if (!NUMBER.matcher(value).matches()) {
            throw new UsageException(OPTION + ": '" + value + "' in '" + whole + "' is not a non-negative number of percent ("
                    + EXAMPLE + ")");
        }
        return Double.parseDouble(value.endsWith("%") ? value.substring(0, value.length() - 1) : value);
    }
}
