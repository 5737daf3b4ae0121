package dev.powertuner.local.sts;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** The XML documents of the STS Query protocol (API version 2011-06-15). */
final class StsXml {
    static final String NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";

    private StsXml() {
    }

    /** {@code AssumeRoleResponse/AssumeRoleResult} with the session's credentials and identity. */
    static String assumeRole(Session s) {
        return "<AssumeRoleResponse xmlns=\"" + NAMESPACE + "\">"
                + "<AssumeRoleResult>"
                + "<Credentials>"
                + element("AccessKeyId", s.accessKeyId())
                + element("SecretAccessKey", s.secretAccessKey())
                + element("SessionToken", s.sessionToken())
                + element("Expiration", s.expiration().truncatedTo(ChronoUnit.SECONDS).toString())
                + "</Credentials>"
                + "<AssumedRoleUser>"
                + element("AssumedRoleId", s.assumedRoleId())
                + element("Arn", s.arn())
                + "</AssumedRoleUser>"
                + "</AssumeRoleResult>"
                + metadata()
                + "</AssumeRoleResponse>";
    }

    /** {@code ErrorResponse/Error{Type,Code,Message}}. */
    static String error(String type, String code, String message) {
        return "<ErrorResponse xmlns=\"" + NAMESPACE + "\">"
                + "<Error>" + element("Type", type) + element("Code", code) + element("Message", message) + "</Error>"
                + element("RequestId", UUID.randomUUID().toString())
                + "</ErrorResponse>";
    }

    private static String metadata() {
        return "<ResponseMetadata>" + element("RequestId", UUID.randomUUID().toString()) + "</ResponseMetadata>";
    }

    private static String element(String name, String text) {
        return "<" + name + ">" + escape(text) + "</" + name + ">";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }

    /** Issued temporary credentials of one role session. */
    record Session(String accessKeyId, String secretAccessKey, String sessionToken, Instant expiration,
                   String assumedRoleId, String arn) {
    }
}
