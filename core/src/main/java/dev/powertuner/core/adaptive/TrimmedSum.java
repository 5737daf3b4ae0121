package dev.powertuner.core.adaptive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a trimmed mean over all of a size's values needs, without the values (docs/adaptive.md): their count, their
 * exact sum and the {@code keep} smallest and largest of them. With {@code k = floor(n·d) ≤ keep} the mean of the
 * values left after dropping k at each end is (sum − k smallest − k largest) / (n − 2k). The sum is exact (a decimal,
 * every double is one), so the result does not depend on how the values were split into rounds.
 *
 * @param count values summarised
 * @param sum   their exact sum
 * @param low   the min(keep, count) smallest, ascending
 * @param high  the min(keep, count) largest, ascending
 * @param keep  how many of each end are kept: floor(num·d), the most any trimmed mean of the run drops
 */
public record TrimmedSum(int count, BigDecimal sum, List<Double> low, List<Double> high, int keep) {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    public TrimmedSum {
        low = List.copyOf(low);
        high = List.copyOf(high);
        if (keep < 0 || count < 0 || low.size() != Math.min(keep, count) || high.size() != low.size()) {
            throw new IllegalArgumentException("invalid trimmed sum: " + low.size() + " and " + high.size()
                    + " extremes kept of " + count + " values, keep " + keep);
        }
    }

    /** The summary of {@code values}, keeping {@code keep} at each end. */
    public static TrimmedSum of(List<Double> values, int keep) {
        return build(values, values.size(), exactSum(values), keep);
    }

    /** This summary and {@code other}'s values. */
    public TrimmedSum plus(TrimmedSum other) {
        int k = Math.max(keep, other.keep);
        List<Double> lows = new ArrayList<>(low);
        lows.addAll(other.low);
        List<Double> highs = new ArrayList<>(high);
        highs.addAll(other.high);
        Collections.sort(lows);
        Collections.sort(highs);
        int n = count + other.count;
        int m = Math.min(k, n);
        return new TrimmedSum(n, sum.add(other.sum), lows.subList(0, m), highs.subList(highs.size() - m,
                highs.size()), k);
    }

    /**
     * The trimmed mean of the values with share {@code d} dropped at each end, k chosen as Stats.trimmedMean chooses
     * it; 0 for no values.
     */
    public double mean(double d) {
        int n = count;
        if (n == 0) {
            return 0;
        }
        int k = (int) Math.floor(n * d);
        if (n - 2 * k <= 0) {
            k = (n - 1) / 2;
        }
        if (k > low.size()) {
            throw new IllegalStateException("trimming " + k + " values at each end needs them kept; kept " + keep);
        }
        BigDecimal middle = sum.subtract(exactSum(low.subList(0, k)))
                .subtract(exactSum(high.subList(high.size() - k, high.size())));
        return middle.divide(BigDecimal.valueOf(n - 2L * k), MathContext.DECIMAL128).doubleValue();
    }

    private static TrimmedSum build(List<Double> values, int n, BigDecimal sum, int keep) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int m = Math.min(keep, n);
        return new TrimmedSum(n, sum, sorted.subList(0, m), sorted.subList(n - m, n), keep);
    }

    private static BigDecimal exactSum(List<Double> values) {
        BigDecimal s = BigDecimal.ZERO;
        for (double v : values) {
            s = s.add(new BigDecimal(v));
        }
        return s;
    }

    /** {@code {"n": 3, "sum": "12.5", "low": [...], "high": [...], "keep": 1}}; the sum as text, exactly. */
    public ObjectNode toJson() {
        ObjectNode o = F.objectNode();
        o.put("n", count);
        o.put("sum", sum.toPlainString());
        low.forEach(o.putArray("low")::add);
        high.forEach(o.putArray("high")::add);
        o.put("keep", keep);
        return o;
    }

    public static TrimmedSum fromJson(JsonNode o) {
        List<Double> low = new ArrayList<>();
        o.path("low").forEach(v -> low.add(v.doubleValue()));
        List<Double> high = new ArrayList<>();
        o.path("high").forEach(v -> high.add(v.doubleValue()));
        return new TrimmedSum(o.path("n").intValue(), new BigDecimal(o.path("sum").asText("0")), low, high,
                o.path("keep").intValue());
    }
}
