package dev.powertuner.local.sts;

/**
 * Who signed a request: the account its access key belongs to, and the principal's ARN as AWS names it in
 * {@code AccessDenied} messages.
 *
 * @param accountId the caller's account (12 digits)
 * @param arn       the caller's principal ARN ({@code arn:aws:iam::<account>:root},
 *                  {@code arn:aws:sts::<account>:assumed-role/<role>/<session>} …)
 */
public record Caller(String accountId, String arn) {

    /** The account itself: unsigned requests and access keys nobody declared. */
    public static Caller root(String accountId) {
        return new Caller(accountId, "arn:aws:iam::" + accountId + ":root");
    }

    /** A declared principal ARN ({@code arn:aws:iam::<account>:…} or {@code arn:aws:sts::<account>:…}). */
    public static Caller of(String principalArn) {
        String[] parts = principalArn.split(":", 6);
        if (parts.length != 6 || !"arn".equals(parts[0]) || !parts[2].matches("iam|sts")
                || !parts[4].matches("[0-9]{12}") || parts[5].isEmpty()) {
            throw new IllegalArgumentException("not an IAM or STS principal ARN: " + principalArn);
        }
        return new Caller(parts[4], principalArn);
    }
}
