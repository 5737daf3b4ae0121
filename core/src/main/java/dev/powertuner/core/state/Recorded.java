package dev.powertuner.core.state;

import dev.powertuner.core.model.AdaptiveSettings;
import dev.powertuner.core.model.FailedPowerValue;
import java.util.List;

/**
 * {@code $.lambdaConfigurations} as the later steps read it: leniently, since a step may run on a state the Initializer
 * did not write (the reference's steps each read what they need).
 *
 * @param present             true when lambdaConfigurations is an object
 * @param lambdaArn           the canonical ARN; null when not a string
 * @param powerValues         {@code parseInt} of each value; null when not a non-empty list
 * @param num                 {@code parseInt(num)}; NaN when absent
 * @param validatedNum        num when it is a positive JSON integer (as the Initializer writes it), else null
 * @param onlyColdStarts      the recorded boolean; null when not a JSON boolean
 * @param runId               the execution's run id; null when absent
 * @param originalMemorySize  $LATEST memory before the run; 0 when absent
 * @param originalDescription $LATEST description before the run; null when not a string
 * @param failedPowerValues   the values the Publisher could not configure; empty when none are recorded
 * @param adaptive            the adaptive settings (docs/adaptive.md); null in a normal run
 */
public record Recorded(
        boolean present,
        String lambdaArn,
        List<Integer> powerValues,
        double num,
        Integer validatedNum,
        Boolean onlyColdStarts,
        String runId,
        int originalMemorySize,
        String originalDescription,
        Field<List<FailedPowerValue>> failedPowerValues,
        AdaptiveSettings adaptive) {

    public Recorded {
        powerValues = powerValues == null ? null : List.copyOf(powerValues);
    }
}
