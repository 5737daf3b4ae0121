package dev.powertuner.core.model;

import dev.powertuner.core.arn.Aliases;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code $.lambdaConfigurations}: what the Initializer resolved and the Publisher loop (DESIGN.md).
 *
 * @param lambdaArn           canonical unqualified ARN
 * @param powerValues         in input order
 * @param num                 invocations per power value
 * @param onlyColdStarts      one version per invocation
 * @param runId               execution name (or request id)
 * @param originalMemorySize  $LATEST memory before the run
 * @param originalDescription $LATEST description before the run
 * @param iterator            publisher progress
 * @param failedPowerValues   values UpdateFunctionConfiguration rejected
 * @param adaptive            the adaptive settings (docs/adaptive.md); null for a normal run
 */
public record TuningState(
        String lambdaArn,
        List<Integer> powerValues,
        int num,
        boolean onlyColdStarts,
        String runId,
        int originalMemorySize,
        String originalDescription,
        PublishIterator iterator,
        List<FailedPowerValue> failedPowerValues,
        AdaptiveSettings adaptive) {

    public TuningState {
        powerValues = List.copyOf(powerValues);
        originalDescription = originalDescription == null ? "" : originalDescription;
        failedPowerValues = failedPowerValues == null ? List.of() : List.copyOf(failedPowerValues);
        if (iterator == null) {
            iterator = PublishIterator.at(0, countFor(powerValues, num, onlyColdStarts));
        }
    }

    /** A normal (not adaptive) run's state. */
    public TuningState(String lambdaArn, List<Integer> powerValues, int num, boolean onlyColdStarts, String runId,
            int originalMemorySize, String originalDescription, PublishIterator iterator,
            List<FailedPowerValue> failedPowerValues) {
        this(lambdaArn, powerValues, num, onlyColdStarts, runId, originalMemorySize, originalDescription, iterator,
                failedPowerValues, null);
    }

    /** Number of configurations: values, or values × num with onlyColdStarts. */
    public static int countFor(List<Integer> powerValues, int num, boolean onlyColdStarts) {
        return onlyColdStarts ? powerValues.size() * num : powerValues.size();
    }

    /** Number of configurations of this run. */
    public int configurationCount() {
        return countFor(powerValues, num, onlyColdStarts);
    }

    /** Configuration {@code k}. */
    public Configuration configuration(int k) {
        if (onlyColdStarts) {
            int power = powerValues.get(k / num);
            int i = k % num;
            return new Configuration(power, i, Aliases.of(power, i));
        }
        int power = powerValues.get(k);
        return new Configuration(power, -1, Aliases.of(power));
    }

    /** Every alias of the run, values in order. */
    public List<String> aliases() {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < configurationCount(); k++) {
            out.add(configuration(k).alias());
        }
        return out;
    }

    /** The failed record of {@code power}, if the Publisher rejected it. */
    public Optional<FailedPowerValue> failure(int power) {
        return failedPowerValues.stream().filter(f -> f.power() == power).findFirst();
    }

    /** A copy with another iterator. */
    public TuningState withIterator(PublishIterator next) {
        return new TuningState(lambdaArn, powerValues, num, onlyColdStarts, runId, originalMemorySize,
                originalDescription, next, failedPowerValues, adaptive);
    }

    /** A copy with one more failed power value. */
    public TuningState withFailure(FailedPowerValue failed) {
        List<FailedPowerValue> list = new ArrayList<>(failedPowerValues);
        if (failure(failed.power()).isEmpty()) {
            list.add(failed);
        }
        return new TuningState(lambdaArn, powerValues, num, onlyColdStarts, runId, originalMemorySize,
                originalDescription, iterator, list, adaptive);
    }
}
