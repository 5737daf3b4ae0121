package dev.powertuner.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.arn.CrossAccountRole;
import dev.powertuner.core.arn.FunctionRef;
import dev.powertuner.core.error.InvalidInputException;
import dev.powertuner.core.payload.Payloads;
import dev.powertuner.core.payload.S3Location;
import dev.powertuner.core.strategy.Strategy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The execution input contract (reference-contract 3) with defaults, clamping and the up-front validation of the
 * "Further port rules". {@link #parse} validates everything; the static readers give each step the reference's
 * lenient semantics for one field.
 *
 * @param payload   the inline payload; null when absent (undefined)
 * @param payloadS3 the S3 path; null when falsy
 */
public record TuningInput(
        FunctionRef function,
        int num,
        List<Integer> powerValues,
        JsonNode payload,
        String payloadS3,
        boolean parallelInvocation,
        Strategy strategy,
        double balancedWeight,
        boolean autoOptimize,
        String autoOptimizeAlias,
        boolean dryRun,
        String preProcessorArn,
        String postProcessorArn,
        double discardTopBottom,
        long sleepBetweenRunsMs,
        boolean disablePayloadLogs,
        boolean includeOutputResults,
        boolean onlyColdStarts,
        List<String> allowedExceptions) {

    /** Smallest and largest memory sizes Lambda accepts. */
    public static final int MIN_MEMORY = 128;
    public static final int MAX_MEMORY = 10_240;
    /** Default {@code discardTopBottom}. */
    public static final double DEFAULT_DISCARD = 0.2;

    public TuningInput {
        powerValues = List.copyOf(powerValues);
        allowedExceptions = List.copyOf(allowedExceptions);
    }

    /**
     * Parses and validates the execution input in the Initializer's order: a falsy lambdaARN, then num (2.1), then the
     * lambdaARN syntax (the reference finds a malformed ARN only at GetFunctionConfiguration, after num).
     */
    public static TuningInput parse(JsonNode input, List<Integer> defaultPowerValues) {
        JsonNode lambdaArn = Js.field(input, "lambdaARN");
        if (!Js.truthy(lambdaArn)) {
            throw new InvalidInputException("Missing or empty lambdaARN");
        }
        double num = Js.parseInt(Js.field(input, "num"));
        if (Double.isNaN(num) || num == 0 || num < 5) {
            throw new InvalidInputException("Missing num or num below 5");
        }
        FunctionRef function = FunctionRef.parse(lambdaArn);
        if (num > Integer.MAX_VALUE) {
            throw new InvalidInputException("Invalid num: " + Js.show(num));
        }
        List<Integer> powerValues = powerValues(Js.field(input, "powerValues"), defaultPowerValues);
        Strategy strategy = Strategy.parse(Js.field(input, "strategy"));
        requireNumeric(input, "balancedWeight");
        requireNumeric(input, "discardTopBottom");
        List<String> allowed = allowedExceptions(input, true);
        JsonNode payload = Js.field(input, "payload");
        if (Payloads.isWeighted(payload)) {
            Payloads.weightedCounts(payload, (int) num);
        }
        JsonNode alias = Js.field(input, "autoOptimizeAlias");
        if (Js.truthy(alias) && !(alias.isTextual() && alias.textValue().matches("(?!\\d+$)[A-Za-z0-9_-]{1,128}"))) {
            throw new InvalidInputException("Invalid autoOptimizeAlias: " + Js.show(alias));
        }
        JsonNode s3 = Js.field(input, "payloadS3");
        if (Js.truthy(s3)) {
            S3Location.parse(s3);
        }
        CrossAccountRole.parse(input);
        boolean onlyColdStarts = Js.truthy(Js.field(input, "onlyColdStarts"));
        return new TuningInput(function, (int) num, powerValues, payload.isMissingNode() ? null : payload,
                Js.truthy(s3) ? Js.show(s3) : null, Js.truthy(Js.field(input, "parallelInvocation")), strategy,
                balancedWeight(input), Js.truthy(Js.field(input, "autoOptimize")),
                text(input, "autoOptimizeAlias"), Js.truthy(Js.field(input, "dryRun")),
                text(input, "preProcessorARN"), text(input, "postProcessorARN"), discardTopBottom(input),
                sleepBetweenRunsMs(input), Js.truthy(Js.field(input, "disablePayloadLogs")),
                Js.truthy(Js.field(input, "includeOutputResults")), onlyColdStarts, allowed);
    }

    /**
     * {@code powerValues}: "ALL"; falsy or an empty list → defaults (the reference's {@code !powerValues ||
     * !powerValues.length}); else integers in 128–10,240 without duplicates.
     */
    public static List<Integer> powerValues(JsonNode value, List<Integer> defaults) {
        if (value != null && value.isTextual() && "ALL".equals(value.textValue())) {
            return allPowerValues();
        }
        if (!Js.truthy(value) || value.isArray() && value.isEmpty()) {
            return validatePowers(defaults);
        }
        if (!value.isArray()) {
            throw new InvalidInputException("Invalid power value: " + Js.show(value));
        }
        List<Integer> out = new ArrayList<>();
        for (JsonNode item : value) {
            out.add(powerValue(item));
        }
        return validatePowers(out);
    }

    private static int powerValue(JsonNode item) {
        boolean integral = item.isIntegralNumber()
                || item.isNumber() && item.doubleValue() == Math.rint(item.doubleValue())
                || item.isTextual() && item.textValue().strip().matches("\\d{1,6}");
        if (!integral) {
            throw new InvalidInputException("Invalid power value: " + Js.show(item));
        }
        double v = item.isTextual() ? Js.parseInt(item.textValue()) : item.doubleValue();
        if (v < MIN_MEMORY || v > MAX_MEMORY) {
            throw new InvalidInputException("Invalid power value: " + Js.show(item));
        }
        return (int) v;
    }

    private static List<Integer> validatePowers(List<Integer> values) {
        Set<Integer> seen = new HashSet<>();
        for (Integer v : values) {
            if (v == null || v < MIN_MEMORY || v > MAX_MEMORY) {
                throw new InvalidInputException("Invalid power value: " + v);
            }
            if (!seen.add(v)) {
                throw new InvalidInputException("Duplicate power value: " + v);
            }
        }
        return List.copyOf(values);
    }

    /** 128 … 3008 in steps of 64 (46 values). */
    public static List<Integer> allPowerValues() {
        List<Integer> out = new ArrayList<>();
        for (int p = 128; p <= 3008; p += 64) {
            out.add(p);
        }
        return List.copyOf(out);
    }

    /** {@code balancedWeight}: undefined → 0.5, clamped to [0, 1]. */
    public static double balancedWeight(JsonNode input) {
        JsonNode w = Js.field(input, "balancedWeight");
        return Js.isUndefined(w) ? Strategy.DEFAULT_WEIGHT : Strategy.clampWeight(Js.toNumber(w));
    }

    /** {@code discardTopBottom}: 0 with onlyColdStarts, undefined → 0.2, clamped to [0, 0.4]; NaN → 0. */
    public static double discardTopBottom(JsonNode input) {
        if (Js.truthy(Js.field(input, "onlyColdStarts"))) {
            return 0;
        }
        JsonNode d = Js.field(input, "discardTopBottom");
        if (Js.isUndefined(d)) {
            return DEFAULT_DISCARD;
        }
        double value = Math.min(Math.max(Js.toNumber(d), 0), 0.4);
        return Double.isNaN(value) ? 0 : value;
    }

    /** {@code sleepBetweenRunsMs}: isNaN → 0, else parseInt; NaN → 0. */
    public static long sleepBetweenRunsMs(JsonNode input) {
        JsonNode s = Js.field(input, "sleepBetweenRunsMs");
        if (Js.isNaN(s)) {
            return 0;
        }
        double value = Js.parseInt(s);
        return Double.isNaN(value) || value < 0 ? 0 : (long) value;
    }

    /** {@code allowedExceptions}: absent → []; with {@code strict}, anything but a list of strings is rejected. */
    public static List<String> allowedExceptions(JsonNode input, boolean strict) {
        JsonNode list = Js.field(input, "allowedExceptions");
        if (Js.isUndefined(list) || list.isNull()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        boolean valid = list.isArray();
        for (JsonNode item : list) {
            valid &= item.isTextual();
            out.add(Js.show(item));
        }
        if (!valid && strict) {
            throw new InvalidInputException("Invalid allowedExceptions: expected a list of strings, got " + list);
        }
        return valid ? out : List.of();
    }

    private static void requireNumeric(JsonNode input, String name) {
        JsonNode value = Js.field(input, name);
        if (!Js.isUndefined(value) && (!value.isNumber() || Double.isNaN(value.doubleValue()))) {
            throw new InvalidInputException("Invalid " + name + ": " + Js.show(value) + " is not a number");
        }
    }

    private static String text(JsonNode input, String name) {
        JsonNode value = Js.field(input, name);
        return Js.truthy(value) ? Js.show(value) : null;
    }
}
