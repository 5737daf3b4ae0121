package dev.powertuner.functions.aws;

import dev.powertuner.core.arn.CrossAccountRole;
import dev.powertuner.core.error.RoleAssumptionException;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

/**
 * The credentials of one cross-account run: {@code sts:AssumeRole} on the run's {@code roleARN}, with its external id
 * and the run id as session name. One instance per handler invocation: AssumeRole is called on first use, the result
 * kept (and renewed before it expires) only for that invocation, never for another run. A failed AssumeRole becomes a
 * {@link RoleAssumptionException} naming the role.
 */
public final class RoleCredentials implements AwsCredentialsProvider {

    private final String roleArn;
    private final StsAssumeRoleCredentialsProvider provider;

    private RoleCredentials(String roleArn, StsAssumeRoleCredentialsProvider provider) {
        this.roleArn = roleArn;
        this.provider = provider;
    }

    /** Credentials of {@code role} for the run {@code runId}; nothing is called yet. */
    public static RoleCredentials assume(StsClient sts, CrossAccountRole role, String runId) {
        StsAssumeRoleCredentialsProvider provider = StsAssumeRoleCredentialsProvider.builder()
                .stsClient(sts)
                .asyncCredentialUpdateEnabled(false)
                .refreshRequest(b -> b.roleArn(role.roleArn())
                        .roleSessionName(CrossAccountRole.sessionName(runId))
                        .externalId(role.externalId()))
                .build();
        return new RoleCredentials(role.roleArn(), provider);
    }

    @Override
    public AwsCredentials resolveCredentials() {
        try {
            return provider.resolveCredentials();
        } catch (AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
            String message = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
            throw new RoleAssumptionException("Cannot assume roleARN " + roleArn + ": "
                    + (code == null ? "" : code + ": ") + message, e);
        } catch (SdkException e) {
            throw new RoleAssumptionException("Cannot assume roleARN " + roleArn + ": " + e.getMessage(), e);
        }
    }
}
