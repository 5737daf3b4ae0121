package dev.powertuner.functions.aws;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.Credentials;
import software.amazon.awssdk.services.sts.model.StsException;

/**
 * An in-memory STS: AssumeRole answers with new keys {@code ASIAROLE<n>} / token {@code token-<n>} for every call, or
 * with AccessDenied for roles in {@link #denied}. Records every request.
 */
final class FakeSts implements StsClient {

    private final List<AssumeRoleRequest> requests = new ArrayList<>();
    private final List<String> denied = new ArrayList<>();

    FakeSts deny(String roleArn) {
        denied.add(roleArn);
        return this;
    }

    synchronized List<AssumeRoleRequest> requests() {
        return List.copyOf(requests);
    }

    @Override
    public synchronized AssumeRoleResponse assumeRole(AssumeRoleRequest request) {
        requests.add(request);
        if (denied.contains(request.roleArn())) {
            throw StsException.builder().statusCode(403).awsErrorDetails(AwsErrorDetails.builder()
                    .errorCode("AccessDenied")
                    .errorMessage("User: arn:aws:sts::111111111111:assumed-role/tuner/x is not authorized to perform:"
                            + " sts:AssumeRole on resource: " + request.roleArn()).build()).build();
        }
        int n = requests.size();
        return AssumeRoleResponse.builder().credentials(Credentials.builder()
                .accessKeyId("ASIAROLE" + n).secretAccessKey("secret-" + n).sessionToken("token-" + n)
                .expiration(Instant.now().plusSeconds(3600)).build()).build();
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
