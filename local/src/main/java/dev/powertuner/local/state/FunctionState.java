package dev.powertuner.local.state;

import dev.powertuner.local.environment.ProfileNoise;
import dev.powertuner.local.function.FunctionConfig;
import dev.powertuner.local.function.FunctionDefinition;
import dev.powertuner.local.wire.LambdaApiException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** The mutable state of one function: {@code $LATEST}, versions and aliases; its executions are {@link Executions}. */
public final class FunctionState {
    public static final String LATEST = "$LATEST";
    private static final DateTimeFormatter LAST_MODIFIED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

    public final FunctionDefinition definition;
    public final String arn;
    /** The account the function belongs to. */
    final String accountId;
    public final String codeSha256;
    /** The noise of a profile's invocations, per memory size (a new registration starts every stream afresh). */
    public final ProfileNoise noise;

    private final Settings settings;
    private final Executions executions = new Executions(this::reservedConcurrency);
    private final TreeMap<Integer, VersionRecord> versions = new TreeMap<>();
    private final TreeMap<String, AliasRecord> aliases = new TreeMap<>();
    private FunctionConfig latest;
    private String latestRevision = UUID.randomUUID().toString();
    private String latestModified;
    private long updateReadyAt;
    private int generation;
    private int nextVersion = 1;
    private Integer reservedConcurrency;

    FunctionState(FunctionDefinition definition, Settings settings) {
        this.definition = definition;
        this.settings = settings;
        this.latestModified = now();
        this.accountId = settings.accountOf(definition);
        this.arn = settings.functionArn(accountId, definition.name());
        this.latest = FunctionConfig.of(definition);
        this.reservedConcurrency = definition.reservedConcurrency();
        this.codeSha256 = sha256(definition.name() + "|" + latest.handler());
        this.noise = new ProfileNoise(definition.profile() == null ? 42L : definition.profile().seed());
    }

    /** A published version. */
    record VersionRecord(int number, FunctionConfig config, FunctionConfig source, String revisionId,
                         String lastModified, long activeAt) {
    }

    /** An alias. */
    public record AliasRecord(String name, String version, String description, String revisionId) {
    }

    /** What an Invoke runs: the version label, its configuration and its pool key. */
    public record Target(String version, FunctionConfig config, String poolKey, boolean pending) {
    }

    /** The function's running executions: environment pools, concurrency and counters. */
    public Executions executions() {
        return executions;
    }

    public String name() {
        return definition.name();
    }

    public synchronized Integer reservedConcurrency() {
        return reservedConcurrency;
    }

    public synchronized void reservedConcurrency(Integer value) {
        reservedConcurrency = value;
    }

    synchronized FunctionConfig latest() {
        return latest;
    }

    /** The configuration view for a qualifier (null = unqualified). */
    public synchronized ConfigView view(String qualifier) {
        String shownArn = qualifier == null ? arn : arn + ":" + qualifier;
        if (qualifier == null || LATEST.equals(resolveAlias(qualifier))) {
            return new ConfigView(name(), shownArn, LATEST, latest, false, settings.clock().nanoTime() < updateReadyAt,
                    latestRevision, latestModified, definition.snapStart(), codeSha256);
        }
        VersionRecord v = version(qualifier);
        return versionView(v, shownArn);
    }

    private ConfigView versionView(VersionRecord v, String shownArn) {
        return new ConfigView(name(), shownArn, Integer.toString(v.number()), v.config(),
                settings.clock().nanoTime() < v.activeAt(), false, v.revisionId(), v.lastModified(), definition.snapStart(),
                codeSha256);
    }

    /** Resolves a qualifier (null, $LATEST, version number or alias) to what Invoke runs. */
    public synchronized Target target(String qualifier) {
        if (qualifier == null || LATEST.equals(resolveAlias(qualifier))) {
            return new Target(LATEST, latest, LATEST + "#" + generation, false);
        }
        VersionRecord v = version(qualifier);
        return new Target(Integer.toString(v.number()), v.config(), Integer.toString(v.number()),
                settings.clock().nanoTime() < v.activeAt());
    }

    private String resolveAlias(String qualifier) {
         AliasRecord alias = aliases.get(qualifier);
         return alias == null ? qualifier : alias.version();
    }

    private VersionRecord version(String qualifier) {
        String resolved = resolveAlias(qualifier);
        VersionRecord v = resolved.matches("[0-9]{1,9}") ? versions.get(Integer.parseInt(resolved)) : null;
        if (v == null) {
            throw LambdaApiException.notFound("Function not found: " + arn + ":" + qualifier);
        }
        return v;
    }

    /** Applies an update to {@code $LATEST}; rejected while the previous one is in progress. */
    public synchronized ConfigView update(UnaryOperator<FunctionConfig> change, String revisionId) {
        Checks.revision(revisionId, latestRevision);
        if (settings.clock().nanoTime() < updateReadyAt) {
            throw LambdaApiException.updateInProgress(arn);
        }
        latest = change.apply(latest);
        latestRevision = UUID.randomUUID().toString();
        latestModified = now();
        updateReadyAt = settings.clock().nanoTime() + settings.updateDelayNanos();
        generation++;
        executions.closePools(LATEST);
         return view(null);
    }

    /** Publishes {@code $LATEST}, or returns the latest version when nothing changed since it was published. */
    public synchronized ConfigView publish(String description, String revisionId) {
        Checks.revision(revisionId, latestRevision);
        if (settings.clock().nanoTime() < updateReadyAt) {
            throw LambdaApiException.updateInProgress(arn);
        }
        if (!versions.isEmpty() && latest.equals(versions.lastEntry().getValue().source())) {
            VersionRecord last = versions.lastEntry().getValue();
            return versionView(last, arn + ":" + last.number());
        }
        FunctionConfig config = description == null ? latest : latest.withDescription(description);
        int number = nextVersion++;
        VersionRecord v = new VersionRecord(number, config, latest, UUID.randomUUID().toString(), now(),
                settings.clock().nanoTime() + settings.activationNanos());
        versions.put(number, v);
        return versionView(v, arn + ":" + number);
    }

    public synchronized List<ConfigView> listVersions() {
        List<ConfigView> out = new ArrayList<>();
        out.add(view(LATEST));
        for (VersionRecord v : versions.values()) {
            out.add(versionView(v, arn + ":" + v.number()));
        }
        return out;
    }

    public synchronized void deleteVersion(String qualifier) {
        if (LATEST.equals(qualifier)) {
            throw LambdaApiException.invalid("$LATEST version cannot be deleted without deleting the function.");
        }
        if (aliases.containsKey(qualifier)) {
            throw LambdaApiException.invalid("Deletion of aliases is not supported via DeleteFunction; use "
                    + "DeleteAlias.");
        }
        VersionRecord v = version(qualifier);
        List<String> users = new ArrayList<>();
        for (AliasRecord a : aliases.values()) {
            if (a.version().equals(Integer.toString(v.number()))) {
                users.add(a.name());
            }
        }
        if (!users.isEmpty()) {
            throw LambdaApiException.conflict("Unable to delete version because the following aliases reference it: "
                    + users);
        }
        versions.remove(v.number());
        executions.closePools(Integer.toString(v.number()));
    }

    public synchronized AliasRecord createAlias(String alias, String version, String description) {
        Checks.aliasName(alias);
        if (aliases.containsKey(alias)) {
            throw LambdaApiException.conflict("Alias already exists: " + arn + ":" + alias);
        }
        String target = checkAliasTarget(version);
        AliasRecord a = new AliasRecord(alias, target, description == null ? "" : description,
                UUID.randomUUID().toString());
        aliases.put(alias, a);
        return a;
    }

    public synchronized AliasRecord alias(String alias) {
        AliasRecord a = aliases.get(alias);
        if (a == null) {
            throw LambdaApiException.notFound("Cannot find alias arn: " + arn + ":" + alias);
        }
        return a;
    }

    public synchronized AliasRecord updateAlias(String alias, String version, String description, String revisionId) {
        AliasRecord old = aliases.get(alias);
        if (old == null) {
            throw LambdaApiException.notFound("Alias not found: " + arn + ":" + alias);
        }
        Checks.revision(revisionId, old.revisionId());
        String target = version == null ? old.version() : checkAliasTarget(version);
        AliasRecord a = new AliasRecord(alias, target, description == null ? old.description() : description,
                UUID.randomUUID().toString());
        aliases.put(alias, a);
        return a;
    }

    /** Deletes an alias; a missing alias is not an error (AWS answers 204 too). */
    public synchronized void deleteAlias(String alias) {
        aliases.remove(alias);
    }

    public synchronized List<AliasRecord> listAliases(String version) {
        List<AliasRecord> out = new ArrayList<>();
        for (AliasRecord a : aliases.values()) {
            if (version == null || version.equals(a.version())) {
                out.add(a);
            }
        }
        return out;
    }

    public synchronized FunctionSnapshot snapshot() {
        List<FunctionSnapshot.Version> vs = new ArrayList<>();
        for (VersionRecord v : versions.values()) {
            vs.add(new FunctionSnapshot.Version(Integer.toString(v.number()), v.config().memorySize(),
                    v.config().description()));
        }
        Map<String, String> as = new LinkedHashMap<>();
        for (AliasRecord a : aliases.values()) {
            as.put(a.name(), a.version());
        }
        return new FunctionSnapshot(name(), latest.memorySize(), latest.description(), vs, as);
    }

    private String checkAliasTarget(String version) {
        if (version == null || version.isEmpty()) {
            throw LambdaApiException.invalid("FunctionVersion is required.");
        }
        if (LATEST.equals(version)) {
            return version;
        }
        if (!version.matches("[0-9]{1,9}") || !versions.containsKey(Integer.parseInt(version))) {
            throw LambdaApiException.notFound("Function not found: " + arn + ":" + version);
        }
        return Integer.toString(Integer.parseInt(version));
    }

    private String now() {
        return LAST_MODIFIED.format(settings.clock().instant());
    }

    private static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return Base64.getEncoder().encodeToString(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
