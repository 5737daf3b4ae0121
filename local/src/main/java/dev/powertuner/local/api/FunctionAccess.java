package dev.powertuner.local.api;

import dev.powertuner.local.state.Registry;
import dev.powertuner.local.state.Settings;
import dev.powertuner.local.sts.Caller;
import dev.powertuner.local.wire.LambdaApiException;
import java.util.List;
import java.util.Map;

/**
 * Which function a caller may reach: only its own account's. A FunctionName naming another account (ARN or partial
 * ARN) is {@code AccessDeniedException}, as Lambda answers without a resource-based policy; a bare name resolves in
 * the caller's account.
 */
final class FunctionAccess {
    /** Lambda's IAM action of each route: method, first path segment after the function, "/*" for a sub-resource. */
    private static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("POST invocations", "InvokeFunction"),
            Map.entry("GET ", "GetFunction"),
            Map.entry("DELETE ", "DeleteFunction"),
            Map.entry("GET configuration", "GetFunctionConfiguration"),
            Map.entry("PUT configuration", "UpdateFunctionConfiguration"),
            Map.entry("POST versions", "PublishVersion"),
            Map.entry("GET versions", "ListVersionsByFunction"),
            Map.entry("POST aliases", "CreateAlias"),
            Map.entry("GET aliases", "ListAliases"),
            Map.entry("GET aliases/*", "GetAlias"),
            Map.entry("PUT aliases/*", "UpdateAlias"),
            Map.entry("DELETE aliases/*", "DeleteAlias"),
            Map.entry("GET concurrency", "GetFunctionConcurrency"),
            Map.entry("PUT concurrency", "PutFunctionConcurrency"),
            Map.entry("DELETE concurrency", "DeleteFunctionConcurrency"));

    private final Registry registry;
    private final Settings settings;

    FunctionAccess(Registry registry, Settings settings) {
        this.registry = registry;
        this.settings = settings;
    }

    /** The IAM action ({@code InvokeFunction} …) of a request on a function, null for an unknown operation. */
    static String action(String method, List<String> rest) {
        if (rest.size() > 2) {
            return null;
        }
        return ACTIONS.get(method + " " + (rest.isEmpty() ? "" : rest.get(0)) + (rest.size() == 2 ? "/*" : ""));
    }

    /** The function {@code caller} addresses as {@code functionName} to perform {@code action} on it. */
    Registry.Resolved resolve(Caller caller, String functionName, String action) {
        Registry.Name n = Registry.parse(functionName);
        String account = n.account() == null ? caller.accountId() : n.account();
        if (!account.equals(caller.accountId())) {
            String resource = settings.functionArn(account, n.name())
                    + (n.qualifier() == null ? "" : ":" + n.qualifier());
            throw LambdaApiException.accessDenied(caller.arn(), "lambda:" + action, resource);
        }
        return new Registry.Resolved(registry.get(account, n.name()), n.qualifier());
    }
}
