package dev.powertuner.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.arn.CrossAccountRole;
import dev.powertuner.core.arn.FunctionRef;
import dev.powertuner.core.error.InvalidInputException;
import dev.powertuner.core.js.Js;
import dev.powertuner.core.payload.Payloads;
import dev.powertuner.core.payload.S3Location;
import dev.powertuner.core.strategy.Strategy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The execution input contract (docs/compatibility.md, "Execution input"; docs/reference-differences.md) with defaults,
 * clamping and the up-front validation. {@link #parse} validates everything; the static readers give each step the reference's
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
    /** The power values of a run whose input has none (the reference's default {@code PowerValues} parameter). */
    public static final List<Integer> DEFAULT_POWER_VALUES = List.of(128, 256, 512, 1024, 1536, 3008);
    /** Default {@code discardTopBottom}. */
    public static final double DEFAULT_DISCARD = 0.2;

    public TuningInput {
        powerValues = List.copyOf(powerValues);
        allowedExceptions = List.copyOf(allowedExceptions);
    }

    /**
     * Parses and validates the execution input in the Initializer's order: a falsy lambdaARN, then num, then the
     * lambdaARN syntax (the reference finds a malformed ARN only at GetFunctionConfiguration, after num), then
     * everything else the run would otherwise reject later or misread (booleans, numbers, payload, processors).
     */
    public static TuningInput parse(JsonNode input, List<Integer> defaultPowerValues) {
        JsonNode lambdaArn = Js.field(input, "lambdaARN");
        if (!Js.truthy(lambdaArn)) {
            throw new InvalidInputException("Missing or empty lambdaARN");
        }
        int num = InputNumbers.num(input);
        FunctionRef function = FunctionRef.parse(lambdaArn);
        InputKeys.check(input);
        Flags.validate(input);
        List<Integer> powerValues = powerValues(Js.field(input, "powerValues"), defaultPowerValues);
        Strategy strategy = Strategy.parse(Js.field(input, "strategy"));
        checkDecimals(input);
        long sleep = seriesSleep(input, num);
        List<String> allowed = allowedExceptions(input, true);
        String payloadS3 = payloadS3(input, num);
        String alias = autoOptimizeAlias(input);
        String pre = FunctionRef.processor(Js.field(input, "preProcessorARN"), "preProcessorARN");
        String post = FunctionRef.processor(Js.field(input, "postProcessorARN"), "postProcessorARN");
        CrossAccountRole.parse(input);
        JsonNode payload = Js.field(input, "payload");
        return new TuningInput(function, num, powerValues, payload.isMissingNode() ? null : payload, payloadS3,
                Flags.read(input, "parallelInvocation"), strategy, balancedWeight(input), Flags.read(input, "autoOptimize"),
                alias, Flags.read(input, "dryRun"), pre, post, discardTopBottom(input), sleep,
                Flags.read(input, "disablePayloadLogs"), Flags.read(input, "includeOutputResults"),
                Flags.read(input, "onlyColdStarts"), allowed);
    }

    private static void checkDecimals(JsonNode input) {
        if (!Js.isUndefined(Js.field(input, "balancedWeight"))) {
            InputNumbers.decimal(input, "balancedWeight", "balancedWeight is a number from 0 (speed only) to 1 (cost only);"
                    + " leave it out for " + Strategy.DEFAULT_WEIGHT);
        }
        if (!Js.isUndefined(Js.field(input, "discardTopBottom"))) {
            InputNumbers.decimal(input, "discardTopBottom", "discardTopBottom is a share from 0 to 0.4; leave it out for "
                    + DEFAULT_DISCARD);
        }
    }

    /** sleepBetweenRunsMs, and in series the sum of the sleeps of one power value against the Executor's 15 minutes. */
    private static long seriesSleep(JsonNode input, int num) {
        long sleep = InputNumbers.sleepMillis(input);
        if (!Flags.read(input, "parallelInvocation") && (long) num * sleep > Limits.LAMBDA_MAX_MILLIS) {
            throw new InvalidInputException("num × sleepBetweenRunsMs = " + num + " × " + sleep + " ms = " + (long) num * sleep
                    + " ms of sleeping for one power value, above " + Limits.LAMBDA_MAX_MILLIS + " ms: Lambda stops an Executor"
                    + " after 15 minutes. Lower num or sleepBetweenRunsMs");
        }
        return sleep;
    }

    /** payloadS3 (null when falsy); without it, the inline payload is checked (with it, the reference ignores payload). */
    private static String payloadS3(JsonNode input, int num) {
        JsonNode s3 = Js.field(input, "payloadS3");
        if (Js.truthy(s3)) {
            S3Location.parse(s3);
            return Js.show(s3);
        }
        Payloads.validate(Js.field(input, "payload"), num);
        return null;
    }

    private static String autoOptimizeAlias(JsonNode input) {
        JsonNode alias = Js.field(input, "autoOptimizeAlias");
        if (!Js.truthy(alias)) {
            return null;
        }
        if (!(alias.isTextual() && alias.textValue().matches("(?!\\d+$)[A-Za-z0-9_-]{1,128}"))) {
            throw new InvalidInputException("Invalid autoOptimizeAlias: " + Js.show(alias));
        }
        if (!Flags.read(input, "autoOptimize")) {
            throw new InvalidInputException("autoOptimizeAlias \"" + alias.textValue() + "\" is given but autoOptimize is not"
                    + " true, so nothing would be optimized: add \"autoOptimize\": true, or leave autoOptimizeAlias out");
        }
        return alias.textValue();
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
            throw new InvalidInputException("Invalid powerValues: " + Js.json(value)
                    + " (powerValues must be a list of memory sizes in MB, e.g. [128, 256, 512], or \"ALL\")");
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
                || item.isTextual() && Js.trim(item.textValue()).matches("\\d{1,6}");
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
        if (Flags.read(input, "onlyColdStarts")) {
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
}
