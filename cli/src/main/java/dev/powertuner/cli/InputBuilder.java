package dev.powertuner.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.powertuner.core.error.PowerTunerException;
import dev.powertuner.core.model.TuningInput;
import dev.powertuner.core.step.Initializer;
import dev.powertuner.core.strategy.Strategy;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Builds the execution input (docs/compatibility.md, "Execution input") from {@code --input} and the flags; flags win. */
final class InputBuilder {
    /** The reference's default power values. */
    static final List<Integer> DEFAULT_POWER_VALUES = TuningInput.DEFAULT_POWER_VALUES;

    private InputBuilder() {
    }

    static ObjectNode build(TuningInputOptions o, InputStream stdin) {
        ObjectNode input = base(o.input, stdin);
        putText(input, "lambdaARN", o.function);
        if (o.powerValues != null) {
            input.set("powerValues", powerValues(o.powerValues));
        }
        if (o.num != null) {
            input.put("num", o.num);
        }
        payload(input, o);
        strategy(input, o);
        putNumber(input, "balancedWeight", o.balancedWeight);
        putNumber(input, "discardTopBottom", o.discardTopBottom);
        if (o.sleepBetweenRunsMs != null) {
            input.put("sleepBetweenRunsMs", o.sleepBetweenRunsMs);
        }
        flags(input, o);
        if (o.traffic != null) {
            input.set("traffic", TrafficOption.parse(o.traffic));
        }
        TrafficOption.check(input.get("traffic"));
        adaptive(input, o);
        if (!input.has("lambdaARN")) {
            throw new UsageException("Missing the function to tune: --function NAME|ARN (or lambdaARN in --input)");
        }
        return input;
    }

    private static void strategy(ObjectNode input, TuningInputOptions o) {
        if (o.strategy == null) {
            return;
        }
        List<String> names = Strategy.inputNames();
        if (!names.contains(o.strategy)) {
            throw new UsageException("--strategy must be " + String.join(", ", names.subList(0, names.size() - 1))
                    + " or " + names.get(names.size() - 1) + ", not '" + o.strategy + "'");
        }
        input.put("strategy", o.strategy);
    }

    /** The boolean and text flags; {@code includeOutputResults} on unless the file or a flag says otherwise. */
    private static void flags(ObjectNode input, TuningInputOptions o) {
        putBoolean(input, "parallelInvocation", o.parallel);
        putBoolean(input, "onlyColdStarts", o.onlyColdStarts);
        putBoolean(input, "autoOptimize", o.autoOptimize);
        putText(input, "autoOptimizeAlias", o.autoOptimizeAlias);
        putBoolean(input, "dryRun", o.dryRun);
        putBoolean(input, "disablePayloadLogs", o.disablePayloadLogs);
        putText(input, "preProcessorARN", o.preProcessor);
        putText(input, "postProcessorARN", o.postProcessor);
        if (o.allowedExceptions != null) {
            ArrayNode list = input.putArray("allowedExceptions");
            o.allowedExceptions.forEach(list::add);
        }
        if (o.includeOutputResults != null) {
            input.put("includeOutputResults", o.includeOutputResults);
        } else if (!input.has("includeOutputResults")) {
            input.put("includeOutputResults", true);
        }
    }

    /** {@code --adaptive} sets {@code adaptive: true}; {@code --confidence} sets its confidence and needs adaptive. */
    private static void adaptive(ObjectNode input, TuningInputOptions o) {
        JsonNode given = input.path("adaptive");
        boolean on = Boolean.TRUE.equals(o.adaptive) || given.isObject() || given.asBoolean(false);
        if (o.confidence != null && !on) {
            throw new UsageException("--confidence needs --adaptive (or \"adaptive\" in --input)");
        }
        if (o.confidence != null) {
            ObjectNode settings = given.isObject() ? (ObjectNode) given : input.putObject("adaptive");
            settings.put("confidence", o.confidence);
        } else if (Boolean.TRUE.equals(o.adaptive) && !given.isObject()) {
            input.put("adaptive", true);
        }
    }

    /**
     * Applies the Initializer's validation (core {@link Initializer#validate}) before anything starts, so bad input is a
     * usage error with the Initializer's message instead of a FAILED execution. Where the input names no power values,
     * the deployment's defaults apply; the reference's six stand in for them when sizing the state.
     */
    static void validate(ObjectNode input) {
        try {
            Initializer.validate(input, DEFAULT_POWER_VALUES);
        } catch (PowerTunerException e) {
            String message = e.getMessage();
            String hint = message.contains("power value") ? " (--power-values: whole MB from " + TuningInput.MIN_MEMORY
                    + " to " + TuningInput.MAX_MEMORY + ", each once)" : "";
            throw new UsageException("invalid execution input: " + message + hint, e);
        }
    }

    private static ObjectNode base(String file, InputStream stdin) {
        if (file == null) {
            return Json.MAPPER.createObjectNode();
        }
        JsonNode node = Json.parse(readText("--input ", file, stdin), "--input " + file);
        if (!node.isObject()) {
            throw new UsageException("--input " + file + " must hold a JSON object");
        }
        return (ObjectNode) node;
    }

    /** Reads a file, or stdin for {@code -}; a missing file or one that is not UTF-8 is a usage error. */
    static String readText(String file, InputStream stdin) {
        return TextFiles.read("", file, stdin);
    }

    /** Like {@link #readText(String, InputStream)}; {@code option} (e.g. "--input ") prefixes the file in messages. */
    static String readText(String option, String file, InputStream stdin) {
        return TextFiles.read(option, file, stdin);
    }

    static JsonNode powerValues(String text) {
        if (text.trim().equalsIgnoreCase("ALL")) {
            return TextNode.valueOf("ALL");
        }
        ArrayNode values = Json.MAPPER.createArrayNode();
        for (String part : text.split(",")) {
            try {
                values.add(Integer.parseInt(part.trim()));
            } catch (NumberFormatException e) {
                throw new UsageException("--power-values: '" + part.trim() + "' is not a whole number of MB", e);
            }
        }
        return values;
    }

    private static void payload(ObjectNode input, TuningInputOptions o) {
        int given = (o.payload != null ? 1 : 0) + (o.payloadFile != null ? 1 : 0) + (o.payloadS3 != null ? 1 : 0);
        if (given > 1) {
            throw new UsageException("Use only one of --payload, --payload-file and --payload-s3");
        }
        if (o.payload != null) {
            input.set("payload", payloadValue(o.payload));
        } else if (o.payloadFile != null) {
            input.set("payload", Json.parse(readText("--payload-file ", o.payloadFile, InputStream.nullInputStream()),
                    "--payload-file " + o.payloadFile));
        } else if (o.payloadS3 != null) {
            input.put("payloadS3", o.payloadS3);
        }
    }

    /**
     * JSON text becomes that value; any other text is sent as a JSON string. Text that starts like a JSON object or
     * list but does not parse is refused instead of being sent as a string.
     */
    static JsonNode payloadValue(String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            return Json.parse(text, "--payload");
        }
        try {
            JsonNode node = Json.MAPPER.readTree(text);
            return node == null ? TextNode.valueOf(text) : node;
        } catch (IOException e) {
            return TextNode.valueOf(text);
        }
    }

    private static void putText(ObjectNode input, String field, String value) {
        if (value != null) {
            input.put(field, value);
        }
    }

    private static void putNumber(ObjectNode input, String field, Double value) {
        if (value != null) {
            input.put(field, value);
        }
    }

    private static void putBoolean(ObjectNode input, String field, Boolean value) {
        if (value != null) {
            input.put(field, value);
        }
    }
}
