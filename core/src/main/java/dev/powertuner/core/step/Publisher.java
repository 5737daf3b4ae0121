package dev.powertuner.core.step;

import dev.powertuner.core.arn.RunMarker;
import dev.powertuner.core.error.InvalidInputException;
import dev.powertuner.core.model.Configuration;
import dev.powertuner.core.model.FailedPowerValue;
import dev.powertuner.core.model.PublishIterator;
import dev.powertuner.core.model.TuningState;
import dev.powertuner.core.port.FunctionControl;
import dev.powertuner.core.port.LambdaApiException;
import java.util.function.LongSupplier;

/**
 * Step 2 (docs/DESIGN.md): publishes a batch of configurations sized to the remaining time, each
 * as UpdateFunctionConfiguration (memory, marked description) → wait → PublishVersion → alias; restores $LATEST after
 * the last one.
 */
public final class Publisher {

    /** Keep publishing while remaining > 2 × longest publish + this margin. */
    public static final long MARGIN_MILLIS = 10_000;

    private final FunctionControl lambda;

    public Publisher(FunctionControl lambda) {
        this.lambda = lambda;
    }

    /** Publishes from {@code state.iterator().index()} on; returns the state with the advanced iterator. */
    public TuningState publish(TuningState state, LongSupplier remainingMillis) {
        validate(state);
        int count = state.configurationCount();
        int k = state.iterator().index();
        TuningState current = state;
        long longest = 0;
        boolean first = true;
        while (k < count && (first || remainingMillis.getAsLong() > 2 * longest + MARGIN_MILLIS)) {
            long before = remainingMillis.getAsLong();
            current = publishOne(current, k);
            longest = Math.max(longest, before - remainingMillis.getAsLong());
            first = false;
            k++;
        }
        if (k >= count && current.originalMemorySize() > 0) {
            lambda.updateConfiguration(current.lambdaArn(), current.originalMemorySize(), current.originalDescription());
            lambda.awaitUpdated(current.lambdaArn());
        }
        return current.withIterator(PublishIterator.at(k, count));
    }

    private static void validate(TuningState state) {
        if (state.lambdaArn() == null || state.lambdaArn().isEmpty()) {
            throw new InvalidInputException("Missing or empty lambdaARN");
        }
        PublishIterator it = state.iterator();
        if (it == null || it.count() != state.configurationCount()) {
            throw new InvalidInputException("Invalid iterator for initialization");
        }
        if (it.index() < 0 || it.index() > it.count()) {
            throw new InvalidInputException("Invalid iterator index: " + it.index());
        }
    }

    private TuningState publishOne(TuningState state, int k) {
        Configuration c = state.configuration(k);
        if (state.failure(c.power()).isPresent()) {
            return state;
        }
        String arn = state.lambdaArn();
        String description = RunMarker.describe(state.originalDescription(), state.runId(), c.alias());
        try {
            lambda.updateConfiguration(arn, c.power(), description);
        } catch (LambdaApiException e) {
            if (AliasPublisher.rejectsValue(e)) {
                return state.withFailure(new FailedPowerValue(c.power(), e.errorCode(), e.apiMessage()));
            }
            throw e;
        }
        lambda.awaitUpdated(arn);
        String version = lambda.publishVersion(arn, description);
        AliasPublisher.pointAlias(lambda, arn, c.alias(), version);
        return state;
    }
}
