package dev.powertuner.core.arn;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.error.InvalidInputException;
import dev.powertuner.core.js.Js;

/** ARN helpers: region and alias names as the reference derives them. */
public final class Arns {

    private static final String LATEST = ":$LATEST";

    private Arns() {
    }

    /** The region (4th field) of a full ARN; falsy → {@code Missing or empty lambdaARN}, else {@code Invalid ARN}. */
    public static String regionFromArn(JsonNode arn) {
        if (!Js.truthy(arn)) {
            throw new InvalidInputException("Missing or empty lambdaARN");
        }
        if (!arn.isTextual()) {
            throw new InvalidInputException("Invalid ARN: " + Js.show(arn));
        }
        return regionFromArn(arn.textValue());
    }

    /** The region (4th field) of a full ARN (7 fields, or 8 with a qualifier). */
    public static String regionFromArn(String arn) {
        if (arn == null || arn.isEmpty()) {
            throw new InvalidInputException("Missing or empty lambdaARN");
        }
        String[] parts = arn.split(":", -1);
        if (parts.length != 7 && parts.length != 8 || parts[3].isEmpty()) {
            throw new InvalidInputException("Invalid ARN: " + arn);
        }
        return parts[3];
    }

    /** The region of a full ARN, or {@code fallback} for a name or partial ARN. */
    public static String regionOr(String function, String fallback) {
        if (function != null && function.startsWith("arn:")) {
            String[] parts = function.split(":", -1);
            if (parts.length >= 7 && !parts[3].isEmpty()) {
                return parts[3];
            }
        }
        return fallback;
    }

    /** {@code FunctionArn} of a GetFunctionConfiguration response without a trailing {@code :$LATEST}. */
    public static String unqualified(String functionArn) {
        return functionArn != null && functionArn.endsWith(LATEST)
                ? functionArn.substring(0, functionArn.length() - LATEST.length())
                : functionArn;
    }
}
