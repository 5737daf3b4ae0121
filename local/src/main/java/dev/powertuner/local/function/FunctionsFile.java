package dev.powertuner.local.function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.local.process.ProcessSpec;
import dev.powertuner.local.sts.TrustedRole;
import dev.powertuner.local.wire.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a functions file strictly: every entry's keys, types and ranges are checked before anything starts, and an
 * error names the entry and the key ({@code functions[1] "resize": memorySize must be …}).
 */
public final class FunctionsFile {
    static final List<String> KEYS = List.of("name", "memorySize", "timeout", "architecture", "logFormat",
            "description", "environment", "handler", "profile", "runtime", "code", "reservedConcurrency", "snapStart",
            "restoreMs", "billedRestoreMs", "ephemeralStorage", "accountId");
    static final List<String> ROLE_KEYS = List.of("roleArn", "trusted", "externalId");

    private FunctionsFile() {
    }

    public static List<FunctionDefinition> read(Path file) throws IOException {
        JsonNode root = root(file);
        List<FunctionDefinition> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Path base = file.toAbsolutePath().getParent();
        int i = 0;
        for (JsonNode entry : root.get("functions")) {
            FunctionDefinition d = entry(entry, base, "functions[" + i++ + "]");
            if (!names.add(d.name())) {
                throw new IllegalArgumentException("functions[" + (i - 1) + "]: the name '" + d.name()
                        + "' is used twice; names must be unique");
            }
            out.add(d);
        }
        return out;
    }

    private static JsonNode root(Path file) throws IOException {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
        if (root == null || !root.path("functions").isArray()) {
            throw new IllegalArgumentException("expected {\"functions\": [...]}");
        }
        return root;
    }

    /** The roles of the local STS a functions file declares ({@code "roles": [...]}, none when absent). */
    public static List<TrustedRole> readRoles(Path file) throws IOException {
        JsonNode roles = root(file).path("roles");
        if (roles.isMissingNode()) {
            return List.of();
        }
        if (!roles.isArray()) {
            throw new IllegalArgumentException("roles must be an array");
        }
        List<TrustedRole> out = new ArrayList<>();
        int i = 0;
        for (JsonNode node : roles) {
            out.add(role(node, "roles[" + i++ + "]"));
        }
        return out;
    }

    private static TrustedRole role(JsonNode node, String where) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(where + ": must be an object");
        }
        Fields f = new Fields(node, where);
        f.checkKeys(ROLE_KEYS);
        JsonNode trusted = node.path("trusted");
        List<String> principals = new ArrayList<>();
        for (JsonNode principal : trusted) {
            principals.add(principal.isTextual() ? principal.asText() : "");
        }
        if (!trusted.isArray() || principals.contains("")) {
            throw f.error("trusted", "must be an array of account ids or principal ARNs");
        }
        try {
            return new TrustedRole(f.text("roleArn", null, true), principals, f.text("externalId", null, false));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    /** One entry; {@code base} resolves a relative {@code code}. */
    static FunctionDefinition entry(JsonNode node, Path base, String where) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(where + ": must be an object");
        }
        Fields f = new Fields(node, where + (node.path("name").isTextual() ? " \"" + node.get("name").asText()
                + "\"" : ""));
        f.checkKeys(KEYS);
        FunctionDefinition.Builder b = FunctionDefinition.builder(f.text("name", null, true))
                .memorySize(f.integer("memorySize", 128, 128, 10240))
                .timeout(f.integer("timeout", 3, 1, 900))
                .architecture(f.oneOf("architecture", "x86_64", "x86_64", "arm64"))
                .logFormat(f.oneOf("logFormat", "Text", "Text", "JSON"))
                .description(f.text("description", "", false))
                .snapStart(f.bool("snapStart", false))
                .ephemeralStorage(f.integer("ephemeralStorage", 512, 512, 10240))
                .restore(f.number("restoreMs", FunctionDefinition.DEFAULT_RESTORE_MS),
                        (long) f.number("billedRestoreMs", FunctionDefinition.DEFAULT_BILLED_RESTORE_MS))
                .environment(f.environment())
                .accountId(f.text("accountId", null, false));
        if (node.has("reservedConcurrency")) {
            b.reservedConcurrency(f.integer("reservedConcurrency", 0, 0, 1000));
        }
        backend(f, node, base, b);
        return f.build(b);
    }

    private static void backend(Fields f, JsonNode node, Path base, FunctionDefinition.Builder b) {
        boolean profile = node.has("profile");
        boolean runtime = node.has("runtime");
        boolean code = node.has("code");
        if (profile && (node.has("handler") || runtime || code)) {
            throw f.error("profile", "a simulated profile cannot have handler, runtime or code too; choose one");
        }
        if (profile) {
            b.profile(WorkloadProfile.fromJson(node.get("profile")));
            return;
        }
        if (runtime != code) {
            throw f.error(runtime ? "code" : "runtime", "runtime and code go together (process mode): give both, "
                    + "or neither for an in-process Java handler");
        }
        String handler = f.text("handler", null, false);
        if (!runtime) {
            if (handler == null) {
                throw f.error("handler", "is required: give a handler (with runtime and code for process mode) or "
                        + "a profile");
            }
            b.handler(handler);
            return;
        }
        ProcessSpec spec = new ProcessSpec(f.text("runtime", null, true), handler,
                base.resolve(f.text("code", null, true)).normalize(), List.of());
        try {
            spec.validate();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(f.where + ": " + e.getMessage(), e);
        }
        b.process(spec);
    }

    /** Typed access to one entry's keys, with errors that name the entry and the key. */
    private static final class Fields {
        private final JsonNode node;
        private final String where;

        Fields(JsonNode node, String where) {
            this.node = node;
            this.where = where;
        }

        IllegalArgumentException error(String key, String rule) {
            return new IllegalArgumentException(where + ": " + key + " " + rule);
        }

        void checkKeys(List<String> known) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!known.contains(key)) {
                    throw new IllegalArgumentException(where + ": unknown key '" + key + "'"
                            + DidYouMean.suggest(key, known) + " (known: " + String.join(", ", known) + ")");
                }
            }
        }

        String text(String key, String dflt, boolean required) {
            JsonNode v = node.get(key);
            if (v == null || v.isNull()) {
                if (required) {
                    throw error(key, "is required");
                }
                return dflt;
            }
            if (!v.isTextual()) {
                throw error(key, "must be a string");
            }
            return v.asText();
        }

        int integer(String key, int dflt, int min, int max) {
            JsonNode v = node.get(key);
            if (v == null || v.isNull()) {
                return dflt;
            }
            if (!v.isIntegralNumber() || v.asLong() < min || v.asLong() > max) {
                throw error(key, "must be an integer from " + min + " to " + max + ", got " + v);
            }
            return v.asInt();
        }

        double number(String key, double dflt) {
            JsonNode v = node.get(key);
            if (v == null || v.isNull()) {
                return dflt;
            }
            if (!v.isNumber() || v.asDouble() < 0) {
                throw error(key, "must be a number of at least 0, got " + v);
            }
            return v.asDouble();
        }

        boolean bool(String key, boolean dflt) {
            JsonNode v = node.get(key);
            if (v == null || v.isNull()) {
                return dflt;
            }
            if (!v.isBoolean()) {
                throw error(key, "must be true or false, got " + v);
            }
            return v.asBoolean();
        }

        String oneOf(String key, String dflt, String... allowed) {
            String value = text(key, dflt, false);
            if (!List.of(allowed).contains(value)) {
                throw error(key, "must be one of " + String.join(", ", allowed) + ", got '" + value + "'");
            }
            return value;
        }

        Map<String, String> environment() {
            JsonNode env = node.get("environment");
            Map<String, String> out = new LinkedHashMap<>();
            if (env == null || env.isNull()) {
                return out;
            }
            if (!env.isObject()) {
                throw error("environment", "must be an object of variable names to string values");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = env.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                    throw error("environment", "value of " + e.getKey() + " must be a string");
                }
                out.put(e.getKey(), e.getValue().asText());
            }
            return out;
        }

        FunctionDefinition build(FunctionDefinition.Builder b) {
            try {
                return b.build();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
    }
}
