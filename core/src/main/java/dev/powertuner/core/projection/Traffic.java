package dev.powertuner.core.projection;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.error.InvalidInputException;

/**
 * The {@code traffic} input: monthly volume, share of cold starts and provisioned concurrency.
 *
 * @param invocationsPerMonth    invocations in a month (730 hours), at least 0
 * @param coldStartRatio         share of on-demand invocations that are cold starts, 0 to 1 (default 0.01)
 * @param provisionedConcurrency provisioned environments, at least 0; ignored when {@code auto}
 * @param auto                   {@code "auto"}: the cheapest count per size
 */
public record Traffic(double invocationsPerMonth, double coldStartRatio, int provisionedConcurrency, boolean auto) {

    /** AWS: cold starts occur in under 1 % of invocations. */
    public static final double DEFAULT_COLD_START_RATIO = 0.01;
    static final String AUTO = "auto";

    public Traffic {
        if (!(invocationsPerMonth >= 0) || Double.isInfinite(invocationsPerMonth)) {
            throw new InvalidInputException("Invalid traffic.invocationsPerMonth: must be a number of at least 0");
        }
        if (!(coldStartRatio >= 0 && coldStartRatio <= 1)) {
            throw new InvalidInputException("Invalid traffic.coldStartRatio: must be a number from 0 to 1");
        }
        if (provisionedConcurrency < 0) {
            throw invalidProvisioned();
        }
    }

    /** The {@code traffic} field of an execution input; null when absent or null. */
    public static Traffic parse(JsonNode traffic) {
        if (traffic == null || traffic.isMissingNode() || traffic.isNull()) {
            return null;
        }
        if (!traffic.isObject()) {
            throw new InvalidInputException("Invalid traffic: must be an object with invocationsPerMonth");
        }
        JsonNode invocations = traffic.path("invocationsPerMonth");
        if (!invocations.isNumber()) {
            throw new InvalidInputException("Invalid traffic.invocationsPerMonth: required, a number of at least 0");
        }
        JsonNode ratio = traffic.path("coldStartRatio");
        if (!ratio.isMissingNode() && !ratio.isNull() && !ratio.isNumber()) {
            throw new InvalidInputException("Invalid traffic.coldStartRatio: must be a number from 0 to 1");
        }
        JsonNode pc = traffic.path("provisionedConcurrency");
        boolean auto = pc.isTextual() && AUTO.equals(pc.textValue());
        int count = auto ? 0 : provisioned(pc);
        return new Traffic(invocations.doubleValue(), ratio.isNumber() ? ratio.doubleValue() : DEFAULT_COLD_START_RATIO,
                count, auto);
    }

    private static int provisioned(JsonNode pc) {
        if (pc.isMissingNode() || pc.isNull()) {
            return 0;
        }
        if (!pc.isIntegralNumber() && !(pc.isNumber() && pc.doubleValue() == Math.rint(pc.doubleValue()))) {
            throw invalidProvisioned();
        }
        if (pc.doubleValue() < 0 || pc.doubleValue() > Integer.MAX_VALUE) {
            throw invalidProvisioned();
        }
        return pc.intValue();
    }

    private static InvalidInputException invalidProvisioned() {
        return new InvalidInputException(
                "Invalid traffic.provisionedConcurrency: must be a non-negative integer or \"auto\"");
    }
}
