package dev.powertuner.core.step;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.arn.FunctionRef;
import dev.powertuner.core.error.InvalidInputException;
import dev.powertuner.core.model.Flags;
import dev.powertuner.core.js.Js;

/** Reads the parts of the whole state the later steps share. */
final class StateFields {

    static final String LAMBDA_CONFIGURATIONS = "lambdaConfigurations";

    private StateFields() {
    }

    /** Validates the user's {@code lambdaARN} and returns the function to call: the canonical ARN when known. */
    static String function(JsonNode state) {
        if (state == null || !state.isObject()) {
            throw new InvalidInputException("Missing or empty lambdaARN");
        }
        JsonNode userArn = state.path("lambdaARN");
        if (!Js.truthy(userArn)) {
            throw new InvalidInputException("Missing or empty lambdaARN");
        }
        JsonNode canonical = state.path(LAMBDA_CONFIGURATIONS).path("lambdaARN");
        if (canonical.isTextual() && !canonical.textValue().isEmpty()) {
            return canonical.textValue();
        }
        return FunctionRef.parse(userArn).function();
    }

    /** {@code lambdaConfigurations}, or a missing node. */
    static JsonNode configurations(JsonNode state) {
        return Js.field(state, LAMBDA_CONFIGURATIONS);
    }

    /** onlyColdStarts: from lambdaConfigurations when present, else the input's (a JSON boolean). */
    static boolean onlyColdStarts(JsonNode state) {
        JsonNode c = configurations(state).path("onlyColdStarts");
        return c.isBoolean() ? c.booleanValue() : Flags.read(state, "onlyColdStarts");
    }

    /** num: from lambdaConfigurations when present, else {@code parseInt(input.num)}; 0 when unknown. */
    static int num(JsonNode state) {
        double n = Js.parseInt(configurations(state).path("num"));
        if (Double.isNaN(n) || n <= 0) {
            n = Js.parseInt(Js.field(state, "num"));
        }
        return Double.isNaN(n) || n <= 0 ? 0 : (int) n;
    }
}
