package dev.powertuner.core.adaptive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.powertuner.core.cost.LambdaPrice;
import dev.powertuner.core.cost.Pricing;
import dev.powertuner.core.report.LogReport;
import java.util.ArrayList;
import java.util.List;

/**
 * The Executor's {@code averageDuration} and {@code averagePrice} of one size over all its rounds, computed as a
 * full run computes them over the same invocations (docs/adaptive.md): trimmed means of the total and the billed
 * durations of every counted report, cold starts included, the price at the trimmed billed mean.
 *
 * @param discard           discardTopBottom
 * @param durations         total durations
 * @param billed            billed durations
 * @param gbSecond          duration price per GB-second, as the Executor priced the size
 * @param ephemeralGbSecond ephemeral storage price per GB-second
 * @param ephemeralMb       the function's ephemeral storage
 */
public record Averages(double discard, TrimmedSum durations, TrimmedSum billed, double gbSecond,
                       double ephemeralGbSecond, int ephemeralMb) {

    /** Of one batch's counted reports; {@code num} bounds the trimming of every later mean. */
    public static Averages of(List<LogReport> reports, double discard, int num, LambdaPrice price, int ephemeralMb) {
        int keep = (int) Math.floor(num * discard);
        List<Double> totals = new ArrayList<>();
        List<Double> billed = new ArrayList<>();
        for (LogReport r : reports) {
            totals.add(r.totalDuration());
            billed.add(r.billedDuration());
        }
        return new Averages(discard, TrimmedSum.of(totals, keep), TrimmedSum.of(billed, keep), price.gbSecond(),
                price.ephemeralStorageGbSecond(), ephemeralMb);
    }

    /** This and a later batch of the same size. */
    public Averages plus(Averages later) {
        return new Averages(discard, durations.plus(later.durations), billed.plus(later.billed), later.gbSecond,
                later.ephemeralGbSecond, later.ephemeralMb);
    }

    /** The trimmed mean total duration, ms. */
    public double averageDuration() {
        return durations.mean(discard);
    }

    /** The price of one invocation at the trimmed mean billed duration, without the request charge. */
    public double averagePrice(int memory) {
        LambdaPrice price = new LambdaPrice("USD", gbSecond, 0, ephemeralGbSecond);
        return Pricing.invocationPrice(price, memory, ephemeralMb, billed.mean(discard));
    }

    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("discard", discard);
        o.set("durations", durations.toJson());
        o.set("billed", billed.toJson());
        o.put("gbSecond", gbSecond);
        o.put("ephemeralGbSecond", ephemeralGbSecond);
        o.put("ephemeralMb", ephemeralMb);
        return o;
    }

    /** Null when {@code o} is not an object (a summary written without averages). */
    public static Averages fromJson(JsonNode o) {
        if (o == null || !o.isObject()) {
            return null;
        }
        return new Averages(o.path("discard").doubleValue(), TrimmedSum.fromJson(o.path("durations")),
                TrimmedSum.fromJson(o.path("billed")), o.path("gbSecond").doubleValue(),
                o.path("ephemeralGbSecond").doubleValue(), o.path("ephemeralMb").intValue());
    }
}
