package dev.powertuner.local.sts;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which account a request comes from, by the access key of its SigV4 {@code Authorization} header: keys issued by
 * {@code AssumeRole} belong to the assumed role's session, declared keys to their principal, and every other key
 * (and an unsigned request) to the service's default account.
 */
public final class Accounts {
    private static final String CREDENTIAL = "Credential=";

    private final String defaultAccount;
    private final Map<String, Caller> keys = new ConcurrentHashMap<>();

    /** {@code declaredKeys}: access key id to principal ARN. */
    public Accounts(String defaultAccount, Map<String, String> declaredKeys) {
        this.defaultAccount = defaultAccount;
        declaredKeys.forEach((key, arn) -> keys.put(key, Caller.of(arn)));
    }

    /** The caller of a request with this {@code Authorization} header (null when unsigned). */
    public Caller callerOf(String authorization) {
        String key = accessKeyId(authorization);
        Caller caller = key == null ? null : keys.get(key);
        return caller == null ? Caller.root(defaultAccount) : caller;
    }

    /** Records credentials issued to {@code caller}. */
    void issue(String accessKeyId, Caller caller) {
        keys.put(accessKeyId, caller);
    }

    /** The access key id of {@code AWS4-HMAC-SHA256 Credential=<key>/<date>/<region>/<service>/aws4_request, …}. */
    static String accessKeyId(String authorization) {
        if (authorization == null || !authorization.startsWith("AWS4-HMAC-SHA256")) {
            return null;
        }
        int start = authorization.indexOf(CREDENTIAL);
        if (start < 0) {
            return null;
        }
        start += CREDENTIAL.length();
        int end = authorization.indexOf('/', start);
        return end < 0 ? null : authorization.substring(start, end).trim();
    }
}
