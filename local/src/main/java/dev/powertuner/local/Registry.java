package dev.powertuner.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The functions the service hosts, and how a FunctionName (name, partial ARN or ARN) resolves to one of them. */
final class Registry {
    private final Settings settings;
    private final Map<String, FunctionState> functions = new TreeMap<>();

    Registry(Settings settings) {
        this.settings = settings;
    }

    /** A resolved FunctionName: the function and the qualifier it carried (or null). */
    record Resolved(FunctionState function, String qualifier) {
    }

    synchronized FunctionState register(FunctionDefinition definition) {
        FunctionState state = new FunctionState(definition, settings);
        FunctionState old = functions.put(definition.name(), state);
        if (old != null) {
            old.closeAllPools();
        }
        return state;
    }

    synchronized FunctionState get(String name) {
        FunctionState fs = functions.get(name);
        if (fs == null) {
            throw LambdaApiException.notFound("Function not found: " + settings.functionArn(name));
        }
        return fs;
    }

    synchronized List<FunctionState> all() {
        return new ArrayList<>(functions.values());
    }

    synchronized void remove(String name) {
        FunctionState old = functions.remove(name);
        if (old != null) {
            old.closeAllPools();
        }
    }

    /** Resolves a URL-decoded FunctionName path parameter. */
    Resolved resolve(String functionName) {
        String[] parts = functionName.split(":", -1);
        String name;
        String qualifier = null;
        if (functionName.startsWith("arn:")) {
            if (parts.length < 7 || parts.length > 8 || !"lambda".equals(parts[2]) || !"function".equals(parts[5])) {
                throw invalidName(functionName);
            }
            name = parts[6];
            qualifier = parts.length == 8 ? parts[7] : null;
        } else if (parts.length >= 3 && "function".equals(parts[1])) {
            if (parts.length > 4 || !parts[0].matches("[0-9]{12}")) {
                throw invalidName(functionName);
            }
            name = parts[2];
            qualifier = parts.length == 4 ? parts[3] : null;
        } else if (parts.length <= 2) {
            name = parts[0];
            qualifier = parts.length == 2 ? parts[1] : null;
        } else {
            throw invalidName(functionName);
        }
        if (qualifier != null && qualifier.isEmpty()) {
            throw invalidName(functionName);
        }
        return new Resolved(get(name), qualifier);
    }

    private static LambdaApiException invalidName(String functionName) {
        return new LambdaApiException(400, "ValidationException", "1 validation error detected: Value '"
                + functionName + "' at 'functionName' failed to satisfy constraint: Member must satisfy regular "
                + "expression pattern: (arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?"
                + "(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?");
    }
}
