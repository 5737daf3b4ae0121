package dev.powertuner.core.step;

import dev.powertuner.core.port.FunctionControl;
import dev.powertuner.core.port.LambdaApiException;
import java.util.Optional;

/** The reference's {@code createPowerConfiguration} tail: point an alias at a version, creating it when absent. */
final class AliasPublisher {

    private AliasPublisher() {
    }

    /** GetAlias → UpdateAlias | CreateAlias; "Alias already exists" from CreateAlias is ignored. */
    static void pointAlias(FunctionControl lambda, String function, String alias, String version) {
        Optional<String> existing = lambda.aliasVersion(function, alias);
        if (existing.isPresent()) {
            lambda.updateAlias(function, alias, version);
            return;
        }
        try {
            lambda.createAlias(function, alias, version);
        } catch (RuntimeException e) {
            if (e.getMessage() == null || !e.getMessage().contains("Alias already exists")) {
                throw e;
            }
        }
    }

    /** True for the error code of an UpdateFunctionConfiguration that rejects one memory size. */
    static boolean rejectsValue(LambdaApiException e) {
        return "InvalidParameterValueException".equals(e.errorCode());
    }
}
