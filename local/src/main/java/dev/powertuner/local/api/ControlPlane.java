package dev.powertuner.local.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.powertuner.local.faults.Faults;
import dev.powertuner.local.function.FunctionConfig;
import dev.powertuner.local.state.ConfigView;
import dev.powertuner.local.state.FunctionState;
import dev.powertuner.local.state.Registry;
import dev.powertuner.local.state.Settings;
import dev.powertuner.local.wire.HttpReply;
import dev.powertuner.local.wire.Json;
import dev.powertuner.local.wire.LambdaApiException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The control-plane operations: configuration, versions, aliases, deletion, concurrency, listings. */
final class ControlPlane {
    /** Most items ListVersionsByFunction and ListAliases return per page. */
    static final int PAGE = 50;

    private final Settings settings;
    private final Registry registry;
    private final Faults faults;

    ControlPlane(Settings settings, Registry registry, Faults faults) {
        this.settings = settings;
        this.registry = registry;
        this.faults = faults;
    }

    HttpReply getFunction(FunctionState fs, String qualifier) {
        return HttpReply.json(200, ApiJson.function(fs.view(qualifier), settings, fs.reservedConcurrency()));
    }

    HttpReply getConfiguration(FunctionState fs, String qualifier) {
        return HttpReply.json(200, ApiJson.configuration(fs.view(qualifier), settings));
    }

    HttpReply updateConfiguration(FunctionState fs, JsonNode body) {
        if (faults.takeUpdateConflict()) {
            throw LambdaApiException.updateInProgress(fs.arn);
        }
        ConfigView view = fs.update(andThen(limitsChange(body), settingsChange(body)), text(body, "RevisionId"));
        return HttpReply.json(200, ApiJson.configuration(view, settings));
    }

    /** The memory, timeout and ephemeral-storage part of an UpdateFunctionConfiguration body, checked. */
    private UnaryOperator<FunctionConfig> limitsChange(JsonNode body) {
        UnaryOperator<FunctionConfig> change = UnaryOperator.identity();
        if (body.hasNonNull("MemorySize")) {
            int memory = checkMemory(body.get("MemorySize").asInt());
            change = andThen(change, c -> c.withMemorySize(memory));
        }
        if (body.hasNonNull("Timeout")) {
            int timeout = body.get("Timeout").asInt();
            if (timeout < 1 || timeout > 900) {
                throw LambdaApiException.invalid("'Timeout' value failed to satisfy constraint: Member must have "
                        + "value " + (timeout < 1 ? "greater than or equal to 1" : "less than or equal to 900"));
            }
            change = andThen(change, c -> c.withTimeout(timeout));
        }
        if (body.path("EphemeralStorage").hasNonNull("Size")) {
            int size = body.get("EphemeralStorage").get("Size").asInt();
            if (size < 512 || size > 10240) {
                throw LambdaApiException.invalid("'EphemeralStorage.Size' value failed to satisfy constraint: "
                        + "Member must have value between 512 and 10240");
            }
            change = andThen(change, c -> c.withEphemeralStorage(size));
        }
        return change;
    }

    /** The description, environment and log-format part of an UpdateFunctionConfiguration body, checked. */
    private UnaryOperator<FunctionConfig> settingsChange(JsonNode body) {
        UnaryOperator<FunctionConfig> change = UnaryOperator.identity();
        if (body.hasNonNull("Description")) {
            String description = body.get("Description").asText();
            checkDescription(description);
            change = andThen(change, c -> c.withDescription(description));
        }
        if (body.hasNonNull("Environment")) {
            Map<String, String> vars = variables(body.get("Environment").path("Variables"));
            change = andThen(change, c -> c.withEnvironment(vars));
        }
        if (body.path("LoggingConfig").hasNonNull("LogFormat")) {
            String format = body.get("LoggingConfig").get("LogFormat").asText();
            if (!"Text".equals(format) && !"JSON".equals(format)) {
                throw LambdaApiException.invalid("LogFormat must be Text or JSON");
            }
            change = andThen(change, c -> c.withLogFormat(format));
        }
        return change;
    }

    HttpReply publishVersion(FunctionState fs, JsonNode body) {
        String sha = text(body, "CodeSha256");
        if (sha != null && !sha.equals(fs.codeSha256)) {
            throw LambdaApiException.invalid("CodeSHA256 (" + sha + ") is different from current CodeSHA256 in "
                    + "$LATEST (" + fs.codeSha256 + "). Please try again from GetFunction");
        }
        String description = text(body, "Description");
        if (description != null) {
            checkDescription(description);
        }
        return HttpReply.json(201, ApiJson.configuration(fs.publish(description, text(body, "RevisionId")),
                settings));
    }

    HttpReply listVersions(FunctionState fs, Map<String, String> query) {
        List<ConfigView> all = fs.listVersions();
        int[] range = page(all.size(), query, PAGE);
        ObjectNode out = Json.object();
        ArrayNode items = out.putArray("Versions");
        for (int i = range[0]; i < range[1]; i++) {
            items.add(ApiJson.configuration(all.get(i), settings));
        }
        if (range[1] < all.size()) {
            out.put("NextMarker", Integer.toString(range[1]));
        }
        return HttpReply.json(200, out);
    }

    HttpReply createAlias(FunctionState fs, JsonNode body) {
        FunctionState.AliasRecord a = fs.createAlias(text(body, "Name"), text(body, "FunctionVersion"),
                text(body, "Description"));
        return HttpReply.json(201, ApiJson.alias(fs, a));
    }

    HttpReply getAlias(FunctionState fs, String alias) {
        return HttpReply.json(200, ApiJson.alias(fs, fs.alias(alias)));
    }

    HttpReply updateAlias(FunctionState fs, String alias, JsonNode body) {
        FunctionState.AliasRecord a = fs.updateAlias(alias, text(body, "FunctionVersion"),
                text(body, "Description"), text(body, "RevisionId"));
        return HttpReply.json(200, ApiJson.alias(fs, a));
    }

    HttpReply deleteAlias(FunctionState fs, String alias) {
        fs.deleteAlias(alias);
        return HttpReply.empty(204);
    }

    HttpReply listAliases(FunctionState fs, Map<String, String> query) {
        List<FunctionState.AliasRecord> all = fs.listAliases(query.get("FunctionVersion"));
        int[] range = page(all.size(), query, 10000);
        ObjectNode out = Json.object();
        ArrayNode items = out.putArray("Aliases");
        for (int i = range[0]; i < range[1]; i++) {
            items.add(ApiJson.alias(fs, all.get(i)));
        }
        if (range[1] < all.size()) {
            out.put("NextMarker", Integer.toString(range[1]));
        }
        return HttpReply.json(200, out);
    }

    HttpReply deleteFunction(FunctionState fs, String qualifier) {
        if (qualifier == null) {
            registry.remove(fs.name());
        } else {
            fs.deleteVersion(qualifier);
        }
        return HttpReply.empty(204);
    }

    /** ListFunctions: the functions of the caller's account. */
    HttpReply listFunctions(Map<String, String> query, String account) {
        List<FunctionState> all = registry.all(account);
        int[] range = page(all.size(), query, PAGE);
        ObjectNode out = Json.object();
        ArrayNode items = out.putArray("Functions");
        for (int i = range[0]; i < range[1]; i++) {
            items.add(ApiJson.configuration(all.get(i).view(null), settings));
        }
        if (range[1] < all.size()) {
            out.put("NextMarker", Integer.toString(range[1]));
        }
        return HttpReply.json(200, out);
    }

    HttpReply getConcurrency(FunctionState fs) {
        ObjectNode out = Json.object();
        if (fs.reservedConcurrency() != null) {
            out.put("ReservedConcurrentExecutions", fs.reservedConcurrency());
        }
        return HttpReply.json(200, out);
    }

    HttpReply putConcurrency(FunctionState fs, JsonNode body) {
        if (!body.path("ReservedConcurrentExecutions").canConvertToInt()
                || body.get("ReservedConcurrentExecutions").asInt() < 0) {
            throw LambdaApiException.invalid("ReservedConcurrentExecutions must be a non-negative integer");
        }
        int value = body.get("ReservedConcurrentExecutions").asInt();
        fs.reservedConcurrency(value);
        return HttpReply.json(200, Json.object().put("ReservedConcurrentExecutions", value));
    }

    HttpReply deleteConcurrency(FunctionState fs) {
        fs.reservedConcurrency(null);
        return HttpReply.empty(204);
    }

    private int checkMemory(int memory) {
        if (memory < 128) {
            throw LambdaApiException.invalid("'MemorySize' value failed to satisfy constraint: Member must have "
                    + "value greater than or equal to 128");
        }
        int cap = Math.min(10240, settings.maxMemorySize());
        if (memory > cap) {
            throw LambdaApiException.invalid("'MemorySize' value failed to satisfy constraint: Member must have "
                    + "value less than or equal to " + cap);
        }
        return memory;
    }

    private static void checkDescription(String description) {
        if (description.length() > 256) {
            throw new LambdaApiException(400, "ValidationException", "1 validation error detected: Value '"
                    + description + "' at 'description' failed to satisfy constraint: Member must have length "
                    + "less than or equal to 256");
        }
    }

    /** [from, to) of a page: Marker is the index to start from, MaxItems at most {@code cap}. */
    private static int[] page(int size, Map<String, String> query, int cap) {
        int from;
        int max;
        try {
            from = query.containsKey("Marker") ? Integer.parseInt(query.get("Marker")) : 0;
            max = query.containsKey("MaxItems") ? Integer.parseInt(query.get("MaxItems")) : cap;
        } catch (NumberFormatException e) {
            throw LambdaApiException.invalid("Invalid Marker or MaxItems");
        }
        if (from < 0 || from > size || max < 1 || max > 10000) {
            throw LambdaApiException.invalid("Invalid Marker or MaxItems");
        }
        return new int[] {from, Math.min(size, from + Math.min(max, cap))};
    }

    private static Map<String, String> variables(JsonNode node) {
        Map<String, String> vars = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            vars.put(e.getKey(), e.getValue().asText());
        }
        return vars;
    }

    private static String text(JsonNode body, String field) {
        return body.hasNonNull(field) ? body.get(field).asText() : null;
    }

    private static UnaryOperator<FunctionConfig> andThen(UnaryOperator<FunctionConfig> first,
                                                         UnaryOperator<FunctionConfig> next) {
        return c -> next.apply(first.apply(c));
    }
}
