package dev.powertuner.functions;

import dev.powertuner.core.cost.PriceTable;
import dev.powertuner.core.port.PayloadSource;
import dev.powertuner.functions.aws.CrossAccountLambda;
import dev.powertuner.functions.aws.S3PayloadSource;
import dev.powertuner.functions.aws.SdkClients;
import dev.powertuner.functions.aws.SdkFunctionControl;

/** Builds the production ports of a handler from its {@link HandlerConfig}; called once per handler instance. */
final class AwsPorts {

    private AwsPorts() {
    }

    /** The tuner's own Lambda clients, switched to an assumed role for runs with {@code roleARN}. */
    static RunLambda runLambda(HandlerConfig config) {
        CrossAccountLambda lambda = new CrossAccountLambda(
                SdkFunctionControl.create(config.region(), config.credentials(), config.lambdaEndpoint()),
                () -> SdkClients.sts(config.region(), config.credentials(), config.stsEndpoint()));
        return lambda::forRun;
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
