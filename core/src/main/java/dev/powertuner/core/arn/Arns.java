package dev.powertuner.core.arn;

/** ARN helpers: the region of a function reference and the unqualified ARN. */
public final class Arns {

    private static final String LATEST = ":$LATEST";

    private Arns() {
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
