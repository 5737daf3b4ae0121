package dev.powertuner.local.sts;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A minimal STS: {@code AssumeRole} (Query protocol, {@code POST /}, form-encoded) for the declared roles. It issues
 * temporary keys that {@link Accounts} then maps to the role's account, when the role's trust names the caller and
 * the external id matches; anything else is STS's {@code AccessDenied}. Issued keys do not expire locally.
 */
public final class Sts {
    private static final String VERSION = "2011-06-15";
    private static final String KEY_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final int DEFAULT_DURATION_SECONDS = 3600;

    private final Map<String, TrustedRole> roles = new ConcurrentHashMap<>();
    private final Accounts accounts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Sts(List<TrustedRole> roles, Accounts accounts, Clock clock) {
        for (TrustedRole role : roles) {
            declare(role);
        }
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Declares (or replaces) a role. */
    public void declare(TrustedRole role) {
        roles.put(role.arn(), role);
    }

    /** Answers one Query-protocol request of {@code caller} with this form-encoded body. */
    public StsReply handle(Caller caller, byte[] body) {
        Map<String, String> form = form(new String(body, StandardCharsets.UTF_8));
        String action = form.get("Action");
        if (!"AssumeRole".equals(action) || !VERSION.equals(form.get("Version"))) {
            return new StsReply(400, StsXml.error("Sender", "InvalidAction", "Could not find operation " + action
                    + " for version " + form.get("Version")));
        }
        String roleArn = form.get("RoleArn");
        String sessionName = form.get("RoleSessionName");
        if (roleArn == null || sessionName == null || !sessionName.matches("[\\w+=,.@-]{2,64}")) {
            return new StsReply(400, StsXml.error("Sender", "ValidationError", "1 validation error detected: "
                    + (roleArn == null ? "Value null at 'roleArn' failed to satisfy constraint: Member must not be null"
                    : "Value '" + sessionName + "' at 'roleSessionName' failed to satisfy constraint: Member must "
                    + "satisfy regular expression pattern: [\\w+=,.@-]{2,64}")));
        }
        TrustedRole role = roles.get(roleArn);
        if (role == null || !role.trusts(caller) || !role.accepts(form.get("ExternalId"))) {
            return new StsReply(403, StsXml.error("Sender", "AccessDenied", "User: " + caller.arn()
                    + " is not authorized to perform: sts:AssumeRole on resource: " + roleArn));
        }
        return new StsReply(200, StsXml.assumeRole(issue(role, sessionName, duration(form))));
    }

    private StsXml.Session issue(TrustedRole role, String sessionName, Duration duration) {
        String arn = "arn:aws:sts::" + role.accountId() + ":assumed-role/" + role.name() + "/" + sessionName;
        StsXml.Session session = new StsXml.Session("ASIA" + token(16), token(40), "local-" + token(64),
                clock.instant().plus(duration), "AROA" + token(17) + ":" + sessionName, arn);
        accounts.issue(session.accessKeyId(), new Caller(role.accountId(), arn));
        return session;
    }

    private static Duration duration(Map<String, String> form) {
        String raw = form.get("DurationSeconds");
        return Duration.ofSeconds(raw == null || !raw.matches("[0-9]{3,5}") ? DEFAULT_DURATION_SECONDS
                : Integer.parseInt(raw));
    }

    private String token(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(KEY_CHARS.charAt(random.nextInt(KEY_CHARS.length())));
        }
        return out.toString();
    }

    static Map<String, String> form(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            out.put(URLDecoder.decode(key, StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }
}
