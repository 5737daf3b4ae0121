package dev.powertuner.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** The projection under the result table: what each memory size costs per month under the traffic. */
final class ProjectionTable {

    private ProjectionTable() {
    }

    static String render(JsonNode projection) {
        String currency = projection.path("currency").asText("USD");
        JsonNode traffic = projection.path("traffic");
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "projection: %,.0f invocations per month, %s cold starts, provisioned concurrency %s (%s, %s)%n",
                traffic.path("invocationsPerMonth").asDouble(), percent(traffic.path("coldStartRatio").asDouble()),
                traffic.path("provisionedConcurrency").asText(), projection.path("region").asText("?"),
                projection.path("architecture").asText("?")));
        TextTable table = new TextTable("  power", "monthly (" + currency + ")", "duration", "init", "requests",
                "provisioned", "PC", "p50 latency", "p99 latency", "break-even (inv/month)");
        int optimum = projection.path("optimum").path("power").asInt();
        for (JsonNode s : projection.path("sizes")) {
            int power = s.path("power").asInt();
            table.row((power == optimum ? "* " : "  ") + power + " MB", money(s.path("monthlyCost")),
                    money(s.path("durationCost")), money(s.path("initCost")), money(s.path("requestCost")),
                    money(s.path("provisionedConcurrencyCost")), s.path("provisionedConcurrency").asText(),
                    TextTable.ms(s.path("p50Latency").asDouble()), TextTable.ms(s.path("p99Latency").asDouble()),
                    s.has("breakEvenInvocationsPerMonth")
                            ? String.format(Locale.ROOT, "%,.0f", s.path("breakEvenInvocationsPerMonth").asDouble()) : "never");
        }
        sb.append(table.render());
        JsonNode cheapest = projection.path("cheapest");
        sb.append(String.format(Locale.ROOT, "optimum under traffic: %d MB at %s %s per month; cheapest: %d MB %s at %s%n",
                optimum, money(projection.path("optimum").path("monthlyCost")), currency,
                cheapest.path("power").asInt(), cheapest.path("provisionedConcurrency").asInt() == 0 ? "on demand"
                        : "with " + cheapest.path("provisionedConcurrency").asInt() + " provisioned",
                money(cheapest.path("monthlyCost"))));
        return sb.toString();
    }

    static String money(JsonNode value) {
        return value == null || !value.isNumber() ? "-" : String.format(Locale.ROOT, "%.6f", value.doubleValue());
    }

    private static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.2f %%", ratio * 100);
    }
}
