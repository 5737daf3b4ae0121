package dev.powertuner.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.powertuner.core.model.InputKeys;
import dev.powertuner.core.model.Limits;
import dev.powertuner.core.model.TuningInput;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@code profile:key=value,...} target read strictly: every key known (with a did-you-mean), given once, and every
 * value a finite number in its range, so that nothing is silently rounded, defaulted or run forever.
 */
final class ProfileString {
    static final String ARCHITECTURE = "architecture";
    static final String ERROR_TYPE = "errorType";

    /** One numeric key: its range, whether it is a whole number, and its rule in words. */
    private record Key(double min, double max, boolean whole, String rule) {
    }

    private static final String FIFTEEN_MINUTES = " (Lambda stops a function after 15 minutes)";
    private static final Map<String, Key> NUMBERS = new LinkedHashMap<>();

    static {
        NUMBERS.put("cpuMs", new Key(0, Limits.LAMBDA_MAX_MILLIS, false, "milliseconds of CPU work at one vCPU, from 0 to "
                + Limits.LAMBDA_MAX_MILLIS + FIFTEEN_MINUTES));
        NUMBERS.put("threads", new Key(1, 1024, true, "a whole number of threads from 1 to 1024"));
        NUMBERS.put("ioMs", new Key(0, Limits.LAMBDA_MAX_MILLIS, false, "milliseconds of waiting, from 0 to "
                + Limits.LAMBDA_MAX_MILLIS + FIFTEEN_MINUTES));
        NUMBERS.put("initMs", new Key(0, Limits.LAMBDA_MAX_MILLIS, false, "milliseconds of cold start at one vCPU, from 0 to "
                + Limits.LAMBDA_MAX_MILLIS + FIFTEEN_MINUTES));
        NUMBERS.put("memoryMb", new Key(0, TuningInput.MAX_MEMORY, true, "the MB the function needs, a whole number from 0"
                + " to " + TuningInput.MAX_MEMORY + " (Lambda's largest size; more would fail at every size)"));
        NUMBERS.put("jitter", new Key(0, 0.99, false, "relative noise from 0 to 0.99"));
        NUMBERS.put("errorRate", new Key(0, 1, false, "a probability from 0 to 1"));
        NUMBERS.put("seed", new Key(-9e15, 9e15, true, "a whole number"));
    }

    private ProfileString() {
    }

    /** Every key a profile string may have. */
    static List<String> keys() {
        List<String> keys = new ArrayList<>(NUMBERS.keySet());
        keys.add(ERROR_TYPE);
        keys.add(ARCHITECTURE);
        return keys;
    }

    /** The profile's JSON ({@code architecture} included, for the caller to take out). */
    static ObjectNode parse(String keyValues) {
        if (keyValues.isBlank()) {
            throw new UsageException("--target profile: needs at least one key=value, e.g. profile:cpuMs=400,ioMs=100");
        }
        ObjectNode json = Json.MAPPER.createObjectNode();
        Set<String> seen = new HashSet<>();
        for (String pair : keyValues.split(",", -1)) {
            String[] kv = pair.split("=", 2);
            String key = kv[0].trim();
            if (kv.length != 2 || key.isEmpty()) {
                throw new UsageException("--target profile: expected key=value, got '" + pair + "' (pairs are separated by"
                        + " commas: profile:cpuMs=400,ioMs=100)");
            }
            if (!keys().contains(key)) {
                String similar = InputKeys.similar(key, keys());
                throw new UsageException("--target profile: unknown key '" + key + "'" + (similar == null ? "" : "; did you"
                        + " mean '" + similar + "'?") + " (known: " + String.join(", ", keys()) + ")");
            }
            if (!seen.add(key)) {
                throw new UsageException("--target profile: " + key + " is given twice");
            }
            put(json, key, kv[1].trim());
        }
        return json;
    }

    private static void put(ObjectNode json, String key, String value) {
        if (ARCHITECTURE.equals(key)) {
            if (!value.equals("x86_64") && !value.equals("arm64")) {
                throw new UsageException("--target profile: architecture must be x86_64 or arm64, got '" + value + "'");
            }
            json.put(key, value);
        } else if (ERROR_TYPE.equals(key)) {
            if (!value.matches("[A-Za-z0-9_.:$-]{1,128}")) {
                throw new UsageException("--target profile: errorType must be a name such as Boom (letters, digits,"
                        + " . _ : - $), got '" + value + "'");
            }
            json.put(key, value);
        } else {
            json.set(key, Json.MAPPER.getNodeFactory().numberNode(number(key, value)));
        }
    }

    private static double number(String key, String text) {
        Key rule = NUMBERS.get(key);
        double value;
        try {
            value = text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?") ? Double.parseDouble(text) : Double.NaN;
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        boolean ok = value >= rule.min() && value <= rule.max() && (!rule.whole() || value == Math.rint(value));
        if (!ok) {
            throw new UsageException("--target profile: " + key + " must be " + rule.rule() + ", got '" + text + "'");
        }
        return value;
    }
}
