package dev.powertuner.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.powertuner.core.cost.PriceTable;
import dev.powertuner.core.model.PowerValueResult;
import dev.powertuner.core.model.StateJson;
import dev.powertuner.core.projection.ProjectionJson;
import dev.powertuner.core.projection.Projector;
import dev.powertuner.core.projection.Traffic;
import dev.powertuner.core.strategy.Strategy;
import java.util.ArrayList;
import java.util.List;

/** Projects a saved output with core's {@link Projector}, the one the Analyzer uses, without a new run. */
final class SavedOutputProjection {

    private SavedOutputProjection() {
    }

    /** A copy of {@code output} with {@code region} (when it had none) and {@code projection}. */
    static ObjectNode project(JsonNode output, Traffic traffic, String regionOption, Strategy strategy, double weight,
            PriceTable prices) {
        JsonNode stats = output.path("stats");
        if (!stats.isArray() || stats.isEmpty()) {
            throw new UsageException("the output has no stats to project: run the tuning with includeOutputResults "
                    + "(--include-output-results, on by default in the CLI)");
        }
        String region = output.path("region").isTextual() ? output.path("region").textValue() : regionOption;
        if (region == null) {
            throw new UsageException("the output records no region: give the function's region with --region");
        }
        List<PowerValueResult> results = new ArrayList<>();
        stats.forEach(s -> results.add(StateJson.powerValueResult(s)));
        String architecture = output.path("architecture").isTextual() ? output.path("architecture").textValue() : null;
        ObjectNode copy = ((ObjectNode) output).deepCopy();
        if (!copy.has("region")) {
            copy.put("region", region);
        }
        copy.set("projection", ProjectionJson.toJson(new Projector(prices).project(results, traffic,
                region, architecture, strategy, weight)));
        return copy;
    }
}
