package dev.powertuner.core;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.error.InvalidInputException;
import dev.powertuner.core.js.Js;

/**
 * Helpers of the reference that the conformance vectors check one by one but that powertuner's own code does not
 * call (it parses ARNs through {@code FunctionRef} and names aliases through {@code Aliases}).
 */
final class ReferenceHelpers {

    private ReferenceHelpers() {
    }

    /** The reference's {@code buildAliasString(base, onlyColdStarts, index)}. */
    static String buildAlias(String base, boolean onlyColdStarts, Integer index) {
        return onlyColdStarts ? base + "-" + index : base;
    }

    /** The region (4th field) of a full ARN; falsy → {@code Missing or empty lambdaARN}, else {@code Invalid ARN}. */
    static String regionFromArn(JsonNode arn) {
        if (!Js.truthy(arn)) {
            throw new InvalidInputException("Missing or empty lambdaARN");
        }
        if (!arn.isTextual()) {
            throw new InvalidInputException("Invalid ARN: " + Js.show(arn));
        }
        return regionFromArn(arn.textValue());
    }

    /** The region (4th field) of a full ARN (7 fields, or 8 with a qualifier). */
    static String regionFromArn(String arn) {
        if (arn == null || arn.isEmpty()) {
            throw new InvalidInputException("Missing or empty lambdaARN");
        }
        String[] parts = arn.split(":", -1);
        if (parts.length != 7 && parts.length != 8 || parts[3].isEmpty()) {
            throw new InvalidInputException("Invalid ARN: " + arn);
        }
        return parts[3];
    }
}
