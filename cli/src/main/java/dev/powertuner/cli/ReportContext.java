package dev.powertuner.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.arn.FunctionRef;
import dev.powertuner.core.js.Js;
import dev.powertuner.core.model.InputNumbers;
import dev.powertuner.core.model.TuningInput;
import dev.powertuner.core.strategy.Strategy;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a report is about, for its header: the function (its name; an ARN's account id is left out, as the
 * reference keeps ARNs out of its visualization URL), region, strategy, num and when the run started. Unknown parts
 * are null and left out.
 */
record ReportContext(String function, String region, String strategy, Integer num, Instant started) {
    static final ReportContext NONE = new ReportContext(null, null, null, null, null);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** From the execution input (already validated) of a run that started at {@code started} in {@code tunerRegion}. */
    static ReportContext of(JsonNode input, Instant started, String tunerRegion) {
        FunctionRef function = FunctionRef.parse(input.get("lambdaARN"));
        String name = function.function().substring(function.function().lastIndexOf(':') + 1);
        Strategy strategy = Strategy.parse(Js.field(input, "strategy"));
        String strategyText = strategy.inputName() + (strategy == Strategy.BALANCED
                ? " (balancedWeight " + OptionChecks.show(TuningInput.balancedWeight(input)) + ")" : "");
        return new ReportContext(name, function.region().orElse(tunerRegion), strategyText, InputNumbers.num(input), started);
    }

    /** The header line: "function my-function · region eu-west-1 · architecture arm64 · ...". */
    String line(String architecture) {
        List<String> parts = new ArrayList<>();
        add(parts, "function", function);
        add(parts, "region", region);
        add(parts, "architecture", architecture);
        add(parts, "strategy", strategy);
        add(parts, "num", num == null ? null : num.toString());
        add(parts, "started", started == null ? null : DATE.format(started));
        return String.join(" · ", parts);
    }

    private static void add(List<String> parts, String label, String value) {
        if (value != null) {
            parts.add(label + " " + value);
        }
    }
}
