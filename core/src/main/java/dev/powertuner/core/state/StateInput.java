package dev.powertuner.core.state;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.projection.Traffic;
import dev.powertuner.core.strategy.Strategy;
import java.util.List;

/**
 * The execution input's fields as the later steps use them (the Initializer validated them strictly through
 * {@code TuningInput}); a field a step may reject is a {@link Field}, so the step rejects it when it uses it.
 *
 * @param function             the function to call: the recorded canonical ARN, else the parsed lambdaARN
 * @param num                  {@code parseInt(num)}; NaN when absent or not a number
 * @param dryRun               a JSON boolean
 * @param parallelInvocation   a JSON boolean
 * @param onlyColdStarts       the input's flag (the recorded value wins, see {@link RunState#onlyColdStarts})
 * @param disablePayloadLogs   a JSON boolean
 * @param includeOutputResults a JSON boolean
 * @param autoOptimize         a JSON boolean
 * @param autoOptimizeAlias    the alias name; null when falsy
 * @param strategy             cost, speed or balanced
 * @param balancedWeight       clamped to [0, 1]
 * @param discardTopBottom     clamped to [0, 0.4]; 0 with onlyColdStarts
 * @param sleepBetweenRunsMs   0 when not a number
 * @param allowedExceptions    error types that do not fail a power value; empty unless a list of strings
 * @param preProcessorArn      null when falsy
 * @param postProcessorArn     null when falsy
 * @param payload              the inline payload; null when falsy
 * @param payloadS3            the S3 path; null when falsy
 * @param traffic              the traffic profile; null when absent
 */
public record StateInput(
        Field<String> function,
        double num,
        Field<Boolean> dryRun,
        Field<Boolean> parallelInvocation,
        Field<Boolean> onlyColdStarts,
        Field<Boolean> disablePayloadLogs,
        Field<Boolean> includeOutputResults,
        Field<Boolean> autoOptimize,
        String autoOptimizeAlias,
        Field<Strategy> strategy,
        double balancedWeight,
        Field<Double> discardTopBottom,
        long sleepBetweenRunsMs,
        List<String> allowedExceptions,
        String preProcessorArn,
        String postProcessorArn,
        JsonNode payload,
        JsonNode payloadS3,
        Field<Traffic> traffic) {

    public StateInput {
        allowedExceptions = List.copyOf(allowedExceptions);
    }
}
