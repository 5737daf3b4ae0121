package dev.powertuner.core.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The {@code projection} object of the output. */
public final class ProjectionJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String POWER = "power";
    private static final String MONTHLY_COST = "monthlyCost";
    private static final String PROVISIONED = "provisionedConcurrency";

    private ProjectionJson() {
    }

    /** traffic, region, architecture, currency, optimum, cheapest, sizes. */
    public static JsonNode toJson(Projection p) {
        ObjectNode o = F.objectNode();
        o.set("traffic", toJson(p.traffic()));
        o.put("region", p.region());
        o.put("architecture", p.architecture());
        o.put("currency", p.currency());
        ObjectNode optimum = o.putObject("optimum");
        optimum.put(POWER, p.optimum().power());
        optimum.put(MONTHLY_COST, p.optimum().monthlyCost());
        optimum.put(PROVISIONED, p.optimum().provisionedConcurrency());
        ObjectNode cheapest = o.putObject("cheapest");
        cheapest.put(POWER, p.cheapest().power());
        cheapest.put(PROVISIONED, p.cheapest().provisionedConcurrency());
        cheapest.put(MONTHLY_COST, p.cheapest().monthlyCost());
        ArrayNode sizes = o.putArray("sizes");
        p.sizes().forEach(s -> sizes.add(toJson(s)));
        return o;
    }

    /** The traffic as given: {@code provisionedConcurrency} is a number or {@code "auto"}. */
    public static ObjectNode toJson(Traffic t) {
        ObjectNode o = F.objectNode();
        o.put("invocationsPerMonth", t.invocationsPerMonth());
        o.put("coldStartRatio", t.coldStartRatio());
        if (t.auto()) {
            o.put(PROVISIONED, Traffic.AUTO);
        } else {
            o.put(PROVISIONED, t.provisionedConcurrency());
        }
        return o;
    }

    private static ObjectNode toJson(SizeProjection s) {
        MonthlyCost m = s.month();
        ObjectNode o = F.objectNode();
        o.put(POWER, m.power());
        o.put(PROVISIONED, m.provisionedConcurrency());
        o.put(MONTHLY_COST, m.monthlyCost());
        o.put("durationCost", m.durationCost());
        o.put("initCost", m.initCost());
        o.put("requestCost", m.requestCost());
        o.put("provisionedConcurrencyCost", m.provisionedConcurrencyCost());
        o.put("p50Latency", m.p50Latency());
        o.put("p99Latency", m.p99Latency());
        o.put("onDemandMonthlyCost", s.onDemandMonthlyCost());
        if (s.provisionedMonthlyCost() != null) {
            o.put("provisionedMonthlyCost", s.provisionedMonthlyCost());
        }
        o.put("concurrencyNeeded", s.concurrencyNeeded());
        if (s.breakEvenInvocationsPerMonth() != null) {
            o.put("breakEvenInvocationsPerMonth", s.breakEvenInvocationsPerMonth());
        }
        return o;
    }
}
