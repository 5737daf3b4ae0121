package dev.powertuner.core.step;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.arn.Arns;
import dev.powertuner.core.error.InvalidInputException;
import dev.powertuner.core.js.Js;
import dev.powertuner.core.model.AdaptiveSettings;
import dev.powertuner.core.model.Limits;
import dev.powertuner.core.model.PublishIterator;
import dev.powertuner.core.model.TuningInput;
import dev.powertuner.core.model.TuningState;
import dev.powertuner.core.port.FunctionConfiguration;
import dev.powertuner.core.port.FunctionControl;
import dev.powertuner.core.port.LambdaApiException;
import dev.powertuner.core.projection.Traffic;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Step 1 (docs/DESIGN.md): validate the input, resolve the function, record its original state. */
public final class Initializer {

    /** Step Functions state size limit, bytes. */
    public static final int STATE_LIMIT = Limits.STATE_LIMIT;
    /** Bytes reserved per power value and in total for what the machine adds to the state. */
    public static final int BYTES_PER_POWER_VALUE = 1_024;
    public static final int RESERVED_BYTES = 16_384;

    private final FunctionControl lambda;
    private final List<Integer> defaultPowerValues;

    public Initializer(FunctionControl lambda, List<Integer> defaultPowerValues) {
        this.lambda = lambda;
        this.defaultPowerValues = List.copyOf(defaultPowerValues);
    }

    /** Validates {@code input} (the execution input) and returns the initial {@code $.lambdaConfigurations}. */
    public TuningState initialize(JsonNode input, String runId) {
        TuningInput parsed = validate(input, defaultPowerValues);
        if (runId == null || runId.isEmpty()) {
            throw new IllegalArgumentException("runId is required");
        }
        FunctionConfiguration config;
        try {
            config = lambda.configuration(parsed.function().function(), null);
        } catch (LambdaApiException e) {
            if (e.isNotFound()) {
                throw new InvalidInputException("Function not found: " + parsed.function().input(), e);
            }
            throw e;
        }
        checkProcessor(parsed.preProcessorArn(), "preProcessorARN");
        checkProcessor(parsed.postProcessorArn(), "postProcessorARN");
        String canonical = Arns.unqualified(config.functionArn());
        int count = TuningState.countFor(parsed.powerValues(), parsed.num(), parsed.onlyColdStarts());
        AdaptiveSettings adaptive = parsed.dryRun() ? null : AdaptiveSettings.parse(input, parsed.num()).orElse(null);
        return new TuningState(canonical, parsed.powerValues(), parsed.num(), parsed.onlyColdStarts(), runId,
                config.memorySize(), config.description(), PublishIterator.at(0, count), List.of(), adaptive);
    }

    /**
     * Every check the Initializer makes before calling Lambda: the input contract ({@link TuningInput#parse}) and the
     * state size. Clients (the CLI) call it to refuse an input before starting an execution.
     */
    public static TuningInput validate(JsonNode input, List<Integer> defaultPowerValues) {
        TuningInput parsed = TuningInput.parse(input, defaultPowerValues);
        Traffic.parse(Js.field(input, "traffic"));
        AdaptiveSettings.parse(input, parsed.num());
        checkSize(input, parsed.powerValues().size());
        return parsed;
    }

    /** A processor that does not exist would fail the first invocation of every power value: refuse it now. */
    private void checkProcessor(String processor, String field) {
        if (processor == null) {
            return;
        }
        try {
            lambda.configuration(processor, null);
        } catch (LambdaApiException e) {
            if (e.isNotFound()) {
                throw new InvalidInputException(field + ": function not found: " + processor, e);
            }
            throw e;
        }
    }

    static void checkSize(JsonNode input, int powerValueCount) {
        long inputBytes = input.toString().getBytes(StandardCharsets.UTF_8).length;
        long total = inputBytes + (long) BYTES_PER_POWER_VALUE * powerValueCount + RESERVED_BYTES;
        if (total > STATE_LIMIT) {
            throw new InvalidInputException("Execution input too large: " + inputBytes + " bytes of input + "
                    + BYTES_PER_POWER_VALUE + " bytes for each of " + powerValueCount + " power values + "
                    + RESERVED_BYTES + " bytes = " + total + " bytes, above the state limit of " + STATE_LIMIT
                    + " bytes. Put the payload in S3 and pass payloadS3 instead of payload.");
        }
    }
}
