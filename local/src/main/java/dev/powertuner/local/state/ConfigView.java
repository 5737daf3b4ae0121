package dev.powertuner.local.state;

import dev.powertuner.local.function.FunctionConfig;
/**
 * A configuration as the API shows it (GetFunctionConfiguration, PublishVersion, ListVersionsByFunction).
 *
 * @param name             function name
 * @param arn              FunctionArn as returned (qualified or not)
 * @param version          {@code $LATEST} or a version number
 * @param config           the configuration
 * @param pending          State Pending (else Active)
 * @param updateInProgress LastUpdateStatus InProgress (else Successful)
 * @param revisionId       RevisionId
 * @param lastModified     LastModified
 * @param snapStart        SnapStart ApplyOn PublishedVersions
 * @param codeSha256       CodeSha256
 */
public record ConfigView(String name, String arn, String version, FunctionConfig config, boolean pending,
                  boolean updateInProgress, String revisionId, String lastModified, boolean snapStart,
                  String codeSha256) {
}
