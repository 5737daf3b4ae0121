package dev.powertuner.functions.aws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.arn.CrossAccountRole;
import dev.powertuner.core.port.FunctionControl;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Picks the {@link FunctionControl} of one run from its execution input: without {@code roleARN} the tuner's own;
 * with it, a view of the same clients signing every call on the target function (and on processors in the role's
 * account) with credentials of the role assumed for this run. The STS client is built on the first cross-account run
 * and kept; credentials are not.
 */
public final class CrossAccountLambda {

    private final SdkFunctionControl own;
    private final Supplier<StsClient> stsFactory;
    private volatile StsClient sts;

    public CrossAccountLambda(SdkFunctionControl own, Supplier<StsClient> stsFactory) {
        this.own = own;
        this.stsFactory = stsFactory;
    }

    /**
     * The Lambda port of the run {@code runId} whose execution input (or whole state) is {@code input}; an invalid
     * {@code roleARN} or {@code externalId} is refused with the core's {@code InvalidInputException}.
     */
    public FunctionControl forRun(JsonNode input, String runId) {
        Optional<CrossAccountRole> role = CrossAccountRole.parse(input);
        if (role.isEmpty()) {
            return own;
        }
        Set<String> outside = role.get().processorsOutside(input);
        return own.withRole(RoleCredentials.assume(sts(), role.get(), runId), function -> !outside.contains(function));
    }

    private StsClient sts() {
        StsClient client = sts;
        if (client == null) {
            synchronized (this) {
                client = sts;
                if (client == null) {
                    client = stsFactory.get();
                    sts = client;
                }
            }
        }
        return client;
    }
}
