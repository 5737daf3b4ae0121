package dev.powertuner.core.port;

import java.util.List;
import java.util.Optional;

/**
 * The Lambda API calls the tuner makes on the target function (and on pre/post-processors).
 *
 * <p>{@code function} is a function name, partial ARN or full unqualified ARN; the adapter picks the client for the
 * ARN's region. A {@code null} qualifier means an unqualified call ({@code $LATEST}). Every Lambda API error is thrown
 * as {@link LambdaApiException} carrying the service's error code; not-found cases that callers handle routinely are
 * expressed in return values instead.
 */
public interface FunctionControl {

    /** GetFunctionConfiguration; throws {@link LambdaApiException} ({@code ResourceNotFoundException}) when absent. */
    FunctionConfiguration configuration(String function, String qualifier);

    /** UpdateFunctionConfiguration on $LATEST (unqualified): memory and description; no waiting. */
    void updateConfiguration(String function, int memoryMb, String description);

    /** Polls GetFunctionConfiguration (unqualified) until LastUpdateStatus is Successful; throws when it is Failed. */
    void awaitUpdated(String function);

    /** Polls GetFunctionConfiguration(qualifier) until State is Active (SnapStart versions start Pending). */
    void awaitActive(String function, String qualifier);

    /** PublishVersion of $LATEST; returns the version number Lambda reports. */
    String publishVersion(String function, String description);

    /** GetAlias; empty when the alias does not exist. */
    Optional<String> aliasVersion(String function, String alias);

    /** CreateAlias. */
    void createAlias(String function, String alias, String version);

    /** UpdateAlias. */
    void updateAlias(String function, String alias, String version);

    /** DeleteAlias; a {@code ResourceNotFoundException} from the API stays a {@link LambdaApiException} (core decides). */
    void deleteAlias(String function, String alias);

    /** DeleteFunction with Qualifier = version; throws {@link LambdaApiException} ({@code ResourceNotFoundException}) when absent. */
    void deleteVersion(String function, String version);

    /** ListVersionsByFunction, all pages, $LATEST excluded. */
    List<FunctionConfiguration> listVersions(String function);

    /** Invoke, RequestResponse, LogType Tail. {@code payload} is JSON text ({@code "null"} for no payload). */
    InvocationResult invoke(String function, String qualifier, String payload);
}
