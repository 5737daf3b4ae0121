package dev.powertuner.core.arn;

/**
 * The run marker in version descriptions: {@code <original, truncated> [powertuner <runId> <alias>]}, at most
 * {@value #MAX_DESCRIPTION} characters; the original part is cut first.
 */
public final class RunMarker {

    public static final int MAX_DESCRIPTION = 256;
    private static final String OPEN = "[powertuner ";

    private RunMarker() {
    }

    /** The description of a version published by run {@code runId} for {@code alias}. */
    public static String describe(String original, String runId, String alias) {
        String marker = OPEN + runId + " " + alias + "]";
        if (marker.length() >= MAX_DESCRIPTION) {
            return marker.substring(0, MAX_DESCRIPTION - 1) + "]";
        }
        String base = original == null ? "" : original;
        if (base.isEmpty()) {
            return marker;
        }
        int room = MAX_DESCRIPTION - marker.length() - 1;
        if (base.length() > room) {
            base = base.substring(0, room);
            if (!base.isEmpty() && Character.isHighSurrogate(base.charAt(base.length() - 1))) {
                base = base.substring(0, base.length() - 1);
            }
        }
        return base.isEmpty() ? marker : base + " " + marker;
    }

    /** The prefix that identifies the run's versions: {@code [powertuner <runId> }. */
    public static String prefix(String runId) {
        return OPEN + runId + " ";
    }

    /** True when {@code description} carries the marker of run {@code runId}. */
    public static boolean matches(String description, String runId) {
        return description != null && runId != null && !runId.isEmpty() && description.contains(prefix(runId));
    }
}
