package dev.powertuner.local.sts;

import java.util.List;
import java.util.Objects;

/**
 * A role that {@code sts:AssumeRole} may issue credentials for, with its trust policy reduced to what the tuner
 * needs: the principals allowed to assume it (account ids, {@code arn:aws:iam::<account>:root}, or principal ARNs
 * such as a role) and an optional external id the caller must give.
 *
 * @param arn               {@code arn:aws:iam::<account>:role/[path/]<name>}
 * @param trustedPrincipals who may assume the role (not empty)
 * @param externalId        the required {@code ExternalId}, or null for none
 */
public record TrustedRole(String arn, List<String> trustedPrincipals, String externalId) {
    private static final String ROLE_ARN = "arn:aws:iam::[0-9]{12}:role/([\\w+=,.@-]+/)*[\\w+=,.@-]{1,64}";

    public TrustedRole {
        if (arn == null || !arn.matches(ROLE_ARN)) {
            throw new IllegalArgumentException("role ARN must be arn:aws:iam::<12 digits>:role/<name>: " + arn);
        }
        trustedPrincipals = List.copyOf(trustedPrincipals);
        if (trustedPrincipals.isEmpty()) {
            throw new IllegalArgumentException("role " + arn + " trusts nobody: give account ids or principal ARNs");
        }
        for (String principal : trustedPrincipals) {
            if (!principal.matches("[0-9]{12}")) {
                Caller.of(principal);
            }
        }
    }

    /** The account the role (and every session of it) belongs to. */
    public String accountId() {
        return arn.split(":")[4];
    }

    /** The role's name, the last segment of its path. */
    public String name() {
        return arn.substring(arn.lastIndexOf('/') + 1);
    }

    /** Whether the trust policy names the caller (its account, or its principal). */
    public boolean trusts(Caller caller) {
        for (String principal : trustedPrincipals) {
            if (principal.equals(caller.accountId()) || principal.equals(caller.arn())
                    || principal.equals("arn:aws:iam::" + caller.accountId() + ":root")
                    || caller.arn().startsWith(assumedRolePrefix(principal))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the caller gave the external id the trust policy requires (any, when it requires none). */
    public boolean accepts(String givenExternalId) {
        return externalId == null || Objects.equals(externalId, givenExternalId);
    }

    /** A role principal matches its sessions: {@code arn:aws:sts::<account>:assumed-role/<name>/}. */
    private static String assumedRolePrefix(String principal) {
        if (!principal.matches(ROLE_ARN)) {
            return "\u0000";
        }
        String name = principal.substring(principal.lastIndexOf('/') + 1);
        return "arn:aws:sts::" + principal.split(":")[4] + ":assumed-role/" + name + "/";
    }
}
