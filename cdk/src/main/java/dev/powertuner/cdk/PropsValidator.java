package dev.powertuner.cdk;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules of {@link PowerTunerProps}; every message starts with or contains the property's name. */
final class PropsValidator {
    static final int MIN_TIMEOUT = 10;
    static final int MAX_TIMEOUT = 900;
    private static final Pattern NAME_PREFIX = Pattern.compile("^[a-zA-Z0-9\\-_]*$");
    private static final int NAME_PREFIX_MAX_LENGTH = 43;
    private static final int MAX_ENVIRONMENT_BYTES = 4096;
    /** An IAM role ARN, as the execution input's {@code roleARN} must be. */
    static final Pattern ROLE_ARN = Pattern.compile(
            "arn:aws(?:-[a-z]+)*:iam::\\d{12}:role/(?:[\\w+=,.@-]+/){0,50}[\\w+=,.@-]{1,64}");
    static final String ROLE_ARN_RULE = "IAM role ARNs arn:<partition>:iam::<12-digit account>:role/<path/name>";

    private PropsValidator() {
    }

    static void validate(PowerTunerProps p) {
        validatePowerValues(p);
        require(p.visualizationUrl() != null && p.visualizationUrl().matches("https?://\\S+"),
                "visualizationUrl must be an http(s) URL, got: " + p.visualizationUrl());
        requireLambdaResource(p.lambdaResource());
        require(p.totalExecutionTimeout() >= MIN_TIMEOUT && p.totalExecutionTimeout() <= MAX_TIMEOUT,
                "totalExecutionTimeout must be between 10 and 900 seconds, got: " + p.totalExecutionTimeout());
        require(p.payloadS3Key() != null && !p.payloadS3Key().isEmpty(), "payloadS3Key must not be empty");
        require(LogRetention.isAllowed(p.logGroupRetentionInDays()), "logGroupRetentionInDays must be one of "
                + LogRetention.allowedDays() + ", got: " + p.logGroupRetentionInDays());
        require(p.securityGroupIds().isEmpty() == p.subnetIds().isEmpty(),
                "securityGroupIds and subnetIds must be given together (both empty for no VPC)");
        String prefix = p.stateMachineNamePrefix();
        require(prefix != null && NAME_PREFIX.matcher(prefix).matches() && prefix.length() <= NAME_PREFIX_MAX_LENGTH,
                "stateMachineNamePrefix must match ^[a-zA-Z0-9\\-_]*$ and have at most 43 characters, got: " + prefix);
        require(p.architecture() != null, "architecture is required (ARM_64 or X86_64)");
        require(p.priceOverrides() == null || p.priceOverrides().startsWith("{"),
                "priceOverrides must be a JSON object shaped like prices.json");
        requireRoleArns("crossAccountRoleArns", p.crossAccountRoleArns());
        int size = environmentBytes(PowerTuner.environment(p));
        require(size <= MAX_ENVIRONMENT_BYTES, "priceOverrides (with powerValues and visualizationUrl) makes the"
                + " functions' environment " + size + " bytes, above Lambda's limit of " + MAX_ENVIRONMENT_BYTES
                + "; override fewer prices");
    }

    /** Lambda's limit counts the keys and values of all environment variables. */
    static int environmentBytes(Map<String, String> environment) {
        int size = 0;
        for (Map.Entry<String, String> entry : environment.entrySet()) {
            size += entry.getKey().getBytes(StandardCharsets.UTF_8).length
                    + entry.getValue().getBytes(StandardCharsets.UTF_8).length;
        }
        return size;
    }

    private static void validatePowerValues(PowerTunerProps p) {
        require(!p.powerValues().isEmpty(), "powerValues must not be empty");
        Set<Integer> seen = new HashSet<>();
        for (Integer value : p.powerValues()) {
            require(value != null && value >= 128 && value <= 10_240,
                    "powerValues must be integers from 128 to 10240 (MB), got: " + value);
            require(seen.add(value), "powerValues must not contain duplicates, got: " + value + " twice");
        }
    }

    /** Every item an IAM role ARN, none twice. */
    static void requireRoleArns(String property, List<String> arns) {
        Set<String> seen = new HashSet<>();
        for (String arn : arns) {
            require(arn != null && ROLE_ARN.matcher(arn).matches(), property + " must be " + ROLE_ARN_RULE
                    + ", got: " + arn);
            require(seen.add(arn), property + " must not contain duplicates, got: " + arn + " twice");
        }
    }

    /** {@code "*"} or a Lambda function ARN pattern without blanks. */
    static void requireLambdaResource(String lambdaResource) {
        require(lambdaResource != null && !lambdaResource.isBlank() && !lambdaResource.matches(".*\\s.*"),
                "lambdaResource must be \"*\" or a Lambda function ARN pattern, got: \"" + lambdaResource + "\"");
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
