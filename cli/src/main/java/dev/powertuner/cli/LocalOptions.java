package dev.powertuner.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.cost.PriceTable;
import picocli.CommandLine.Option;

/** Options of the local services shared by {@code local} and {@code demo}. */
final class LocalOptions {

    @Option(names = "--time-scale", paramLabel = "X", defaultValue = "0.01",
            description = "Real seconds slept per simulated second of a workload profile (default: ${DEFAULT-VALUE}).")
    double timeScale;

    @Option(names = "--prices", paramLabel = "FILE",
            description = "A JSON document shaped like the bundled prices.json, merged over it entry by entry "
                    + "(what a deployment sets with priceOverrides).")
    Path prices;

    @Option(names = "--verbose", description = "Show the local Step Functions server's log on stderr.")
    boolean verbose;

    /** Environment variables of the tuner's handlers: {@code priceOverrides} when {@code --prices} is given. */
    Map<String, String> tunerEnvironment() {
        if (prices == null) {
            return Map.of();
        }
        String text;
        try {
            text = Files.readString(prices, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("--prices: cannot read " + prices + ": " + e.getMessage(), e);
        }
        JsonNode overrides = Json.parse(text, "--prices " + prices);
        try {
            PriceTable table = PriceTable.bundled().withOverrides(overrides);
            table.lambda("us-east-1", "x86_64");
            table.stepFunctionsTransition("us-east-1");
        } catch (IllegalArgumentException e) {
            throw new UsageException("--prices " + prices + ": " + e.getMessage(), e);
        }
        return Map.of("priceOverrides", Json.compact(overrides));
    }
}
