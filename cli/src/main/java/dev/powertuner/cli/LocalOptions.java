package dev.powertuner.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.cost.PriceTable;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
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

    /** Largest {@code --time-scale}: real time, as on Lambda; slower than that only stretches a run towards its limits. */
    static final double MAX_TIME_SCALE = 1;

    /** Checks {@code --time-scale}. */
    static void checkTimeScale(String option, Double timeScale) {
        if (timeScale != null && !(timeScale > 0 && timeScale <= MAX_TIME_SCALE)) {
            throw new UsageException(option + " " + OptionChecks.show(timeScale) + " is out of range: more than 0 and at most 1"
                    + " (1 sleeps the simulated time in real time, as Lambda runs; a larger scale would only make each"
                    + " invocation slower than on Lambda, towards the 15 minutes an Executor may run)");
        }
    }

    /** Environment variables of the tuner's handlers: {@code priceOverrides} when {@code --prices} is given. */
    Map<String, String> tunerEnvironment() {
        if (prices == null) {
            return Map.of();
        }
        String text = TextFiles.read("--prices ", prices.toString(), InputStream.nullInputStream());
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
