package dev.powertuner.local.state;

import dev.powertuner.local.function.FunctionDefinition;
import dev.powertuner.local.wire.LambdaApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The functions the service hosts, and how a FunctionName (name, partial ARN or ARN) resolves to one of them. A
 * function belongs to one account; names are unique across the accounts of one service.
 */
public final class Registry {
    private final Settings settings;
    private final Map<String, FunctionState> functions = new TreeMap<>();

    public Registry(Settings settings) {
        this.settings = settings;
    }

    /** A resolved FunctionName: the function and the qualifier it carried (or null). */
    public record Resolved(FunctionState function, String qualifier) {
    }

    public synchronized FunctionState register(FunctionDefinition definition) {
        FunctionState state = new FunctionState(definition, settings);
        FunctionState old = functions.put(definition.name(), state);
        if (old != null) {
            old.executions().closeAllPools();
        }
        return state;
    }

    public synchronized FunctionState get(String name) {
        FunctionState fs = functions.get(name);
        if (fs == null) {
            throw LambdaApiException.notFound("Function not found: " + settings.functionArn(name));
        }
        return fs;
    }

    /** The ARN of a registered function, else of {@code name} in the service's account. */
    public synchronized String arnOf(String name) {
        FunctionState fs = functions.get(name);
        return fs == null ? settings.functionArn(name) : fs.arn;
    }

    public synchronized List<FunctionState> all() {
        return new ArrayList<>(functions.values());
    }

    /** The names of the registered functions. */
    public synchronized List<String> names() {
        return new ArrayList<>(functions.keySet());
    }

    /** Invocation counters of every function. */
    public synchronized InvocationStats stats() {
        InvocationStats total = InvocationStats.ZERO;
        for (FunctionState fs : functions.values()) {
            total = total.plus(fs.executions().stats());
        }
        return total;
    }

    /** The functions of one account, by name. */
    public synchronized List<FunctionState> all(String account) {
        List<FunctionState> out = new ArrayList<>();
        for (FunctionState fs : functions.values()) {
            if (fs.accountId.equals(account)) {
                out.add(fs);
            }
        }
        return out;
    }

    public synchronized void remove(String name) {
        FunctionState old = functions.remove(name);
        if (old != null) {
            old.executions().closeAllPools();
        }
    }

    /** A parsed FunctionName: the account it names (null for a bare name), the name, the qualifier (or null). */
    public record Name(String account, String name, String qualifier) {
    }

    /** Resolves a URL-decoded FunctionName path parameter in the service's account (or the one it names). */
    Resolved resolve(String functionName) {
        Name n = parse(functionName);
        return new Resolved(get(n.account() == null ? settings.accountId() : n.account(), n.name()), n.qualifier());
    }

    /** The function {@code name} of {@code account}: ResourceNotFoundException when that account has none. */
    public synchronized FunctionState get(String account, String name) {
        FunctionState fs = functions.get(name);
        if (fs == null || !fs.accountId.equals(account)) {
            throw LambdaApiException.notFound("Function not found: " + settings.functionArn(account, name));
        }
        return fs;
    }

    /** Parses a name, partial ARN or ARN, with or without qualifier; malformed is a ValidationException. */
    public static Name parse(String functionName) {
        String[] parts = functionName.split(":", -1);
        Name n;
        if (functionName.startsWith("arn:")) {
            if (parts.length < 7 || parts.length > 8 || !"lambda".equals(parts[2]) || !"function".equals(parts[5])
                    || !parts[4].matches("[0-9]{12}")) {
                throw invalidName(functionName);
            }
            n = new Name(parts[4], parts[6], parts.length == 8 ? parts[7] : null);
        } else if (parts.length >= 3 && "function".equals(parts[1])) {
            if (parts.length > 4 || !parts[0].matches("[0-9]{12}")) {
                throw invalidName(functionName);
            }
            n = new Name(parts[0], parts[2], parts.length == 4 ? parts[3] : null);
        } else if (parts.length <= 2) {
            n = new Name(null, parts[0], parts.length == 2 ? parts[1] : null);
        } else {
            throw invalidName(functionName);
        }
        if (n.qualifier() != null && n.qualifier().isEmpty()) {
            throw invalidName(functionName);
        }
        return n;
    }

    private static LambdaApiException invalidName(String functionName) {
        return new LambdaApiException(400, "ValidationException", "1 validation error detected: Value '"
                + functionName + "' at 'functionName' failed to satisfy constraint: Member must satisfy regular "
                + "expression pattern: (arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?"
                + "(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?");
    }
}
