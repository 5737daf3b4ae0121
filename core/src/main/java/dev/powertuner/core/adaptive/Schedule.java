package dev.powertuner.core.adaptive;

import dev.powertuner.core.model.AdaptiveSettings;

/**
 * How many invocations each size still in contention has after each round: minInvocations first, then doubling
 * (but at least minInvocations more), never above num. With the defaults and num 50: 5, 10, 20, 40, 50.
 */
public final class Schedule {

    private Schedule() {
    }

    /** The cumulative target of the first round. */
    public static int first(AdaptiveSettings settings, int num) {
        return Math.min(settings.minInvocations(), num);
    }

    /** The cumulative target of the round after one whose target was {@code target}. */
    public static int next(AdaptiveSettings settings, int target, int num) {
        return Math.min(num, Math.max(2 * target, target + settings.minInvocations()));
    }
}
