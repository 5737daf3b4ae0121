package dev.powertuner.functions;

import dev.powertuner.core.cost.PriceTable;
import dev.powertuner.core.port.FunctionControl;
import dev.powertuner.core.port.PayloadSource;
import dev.powertuner.functions.aws.S3PayloadSource;
import dev.powertuner.functions.aws.SdkFunctionControl;

/** Builds the production ports of a handler from its {@link HandlerConfig}; called once per handler instance. */
final class AwsPorts {

    private AwsPorts() {
    }

    static FunctionControl lambda(HandlerConfig config) {
        return SdkFunctionControl.create(config.region(), config.credentials(), config.lambdaEndpoint());
    }

    static PayloadSource s3(HandlerConfig config) {
        return S3PayloadSource.create(config.region(), config.credentials(), config.s3Endpoint());
    }

    /** The bundled price table with the deployment's {@code priceOverrides} merged over it. */
    static PriceTable prices(HandlerConfig config) {
        PriceTable bundled = PriceTable.bundled();
        return config.priceOverrides() == null ? bundled : bundled.withOverrides(config.priceOverrides());
    }
}
