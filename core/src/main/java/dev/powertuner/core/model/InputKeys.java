package dev.powertuner.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.error.InvalidInputException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The field names of the execution input. Like the reference, powertuner ignores fields it does not know, except a
 * name that is a near miss of a known one ({@code autoOptimise}, {@code dryrun}): that is a typo that would silently
 * drop a setting, so it is refused with the name it resembles.
 */
public final class InputKeys {

    /** Every field the execution input may carry. */
    public static final List<String> KNOWN = List.of("lambdaARN", "num", "powerValues", "payload", "payloadS3",
            "parallelInvocation", "strategy", "balancedWeight", "autoOptimize", "autoOptimizeAlias", "dryRun",
            "preProcessorARN", "postProcessorARN", "discardTopBottom", "sleepBetweenRunsMs", "disablePayloadLogs",
            "includeOutputResults", "onlyColdStarts", "allowedExceptions", "roleARN", "externalId", "adaptive");
    /** Fields the state machine writes into the state; they may appear when a step sees a whole state. */
    private static final List<String> STATE = List.of("lambdaConfigurations", "stats", "analysis", "error", "cleanupError");

    private InputKeys() {
    }

    /** Throws when a field name of {@code input} is a near miss of a known one. */
    public static void check(JsonNode input) {
        if (input == null || !input.isObject()) {
            return;
        }
        for (Iterator<String> names = input.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (KNOWN.contains(name) || STATE.contains(name)) {
                continue;
            }
            String similar = similar(name);
            if (similar != null) {
                throw new InvalidInputException("Unknown field \"" + name + "\": did you mean \"" + similar
                        + "\"? (an unknown field would be ignored)");
            }
        }
    }

    /** The known name that {@code name} resembles (same letters ignoring case, or at most 2 edits), else null. */
    static String similar(String name) {
        return similar(name, KNOWN);
    }

    /** The name of {@code known} that {@code name} resembles: equal ignoring case, or a few edits away; else null. */
    public static String similar(String name, List<String> known) {
        String lower = name.toLowerCase(Locale.ROOT).strip();
        for (String candidate : known) {
            String k = candidate.toLowerCase(Locale.ROOT);
            int allowed = Math.min(2, k.length() / 4);
            if (k.equals(lower) || distance(k, lower) <= allowed) {
                return candidate;
            }
        }
        return null;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
