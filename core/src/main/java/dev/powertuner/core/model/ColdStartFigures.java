package dev.powertuner.core.model;

/**
 * Warm and cold-start figures of one power value (milliseconds); each is null when the run did not measure it.
 *
 * @param warmAverageDuration       trimmed mean Duration of the warm invocations (no Init, no Restore)
 * @param coldStartDuration         mean latency of the cold invocations: Init Duration + Duration (SnapStart: Restore
 *                                  Duration + Duration)
 * @param averageBilledInitDuration mean billed cold-start part: Init Duration (billed since 2025-08-01), or for
 *                                  SnapStart the Billed Restore Duration only
 */
public record ColdStartFigures(Double warmAverageDuration, Double coldStartDuration, Double averageBilledInitDuration) {

    /** Nothing measured. */
    public static final ColdStartFigures NONE = new ColdStartFigures(null, null, null);
}
