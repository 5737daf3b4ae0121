package dev.powertuner.infra;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.powertuner.cdk.PowerTunerProps;
import dev.powertuner.cdk.PowerTunerTargetRoleProps;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import software.amazon.awscdk.services.lambda.Architecture;
import software.constructs.Node;

/**
 * Reads {@link PowerTunerProps} (or, for a target account, {@link PowerTunerTargetRoleProps}) from CDK context values,
 * which arrive as strings (-c) or JSON values (cdk.json).
 */
final class ContextProps {
    /** The target role's name when the context names none: its ARN is then known in advance. */
    static final String DEFAULT_TARGET_ROLE_NAME = "powertuner-target";

    private ContextProps() {
    }

    /** The app deploys the target role instead of the tuner when the context names the tuner's account or roles. */
    static boolean targetRoleRequested(Node node) {
        return !list(node.tryGetContext("tunerAccountIds")).isEmpty()
                || !list(node.tryGetContext("tunerRoleArns")).isEmpty();
    }

    /** tunerAccountIds, tunerRoleArns, externalId, lambdaResource and targetRoleName. */
    static PowerTunerTargetRoleProps readTargetRole(Node node) {
        PowerTunerTargetRoleProps.Builder builder = PowerTunerTargetRoleProps.builder()
                .tunerAccountIds(list(node.tryGetContext("tunerAccountIds")))
                .tunerRoleArns(list(node.tryGetContext("tunerRoleArns")))
                .externalId(string(node, "externalId"));
        String text = string(node, "lambdaResource");
        if (text != null) {
            builder.lambdaResource(text);
        }
        text = string(node, "targetRoleName");
        return builder.roleName(text != null ? text : DEFAULT_TARGET_ROLE_NAME).build();
    }

    static PowerTunerProps.Builder read(Node node) {
        PowerTunerProps.Builder builder = PowerTunerProps.builder();
        Object value = node.tryGetContext("PowerValues");
        if (value != null) {
            List<Integer> powerValues = new ArrayList<>();
            for (String item : list(value)) {
                powerValues.add(integer("PowerValues", item));
            }
            builder.powerValues(powerValues);
        }
        String text = string(node, "visualizationURL");
        if (text != null) {
            builder.visualizationUrl(text);
        }
        text = string(node, "lambdaResource");
        if (text != null) {
            builder.lambdaResource(text);
        }
        text = string(node, "totalExecutionTimeout");
        if (text != null) {
            builder.totalExecutionTimeout(integer("totalExecutionTimeout", text));
        }
        builder.permissionsBoundary(string(node, "permissionsBoundary"));
        builder.payloadS3Bucket(string(node, "payloadS3Bucket"));
        text = string(node, "payloadS3Key");
        if (text != null) {
            builder.payloadS3Key(text);
        }
        text = string(node, "logGroupRetentionInDays");
        if (text != null) {
            builder.logGroupRetentionInDays(integer("logGroupRetentionInDays", text));
        }
        return readDeployment(node, builder);
    }

    /** VPC, naming, prices, architecture and cross-account roles. */
    private static PowerTunerProps.Builder readDeployment(Node node, PowerTunerProps.Builder builder) {
        builder.securityGroupIds(list(node.tryGetContext("securityGroupIds")));
        builder.subnetIds(list(node.tryGetContext("subnetIds")));
        String text = string(node, "stateMachineNamePrefix");
        if (text != null) {
            builder.stateMachineNamePrefix(text);
        }
        builder.priceOverrides(string(node, "priceOverrides"));
        text = string(node, "architecture");
        if (text != null) {
            builder.architecture(architecture(text));
        }
        builder.crossAccountRoleArns(list(node.tryGetContext("crossAccountRoleArns")));
        return builder;
    }

    static Architecture architecture(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT).replace('-', '_')) {
            case "arm64":
            case "arm_64":
                return Architecture.ARM_64;
            case "x86_64":
                return Architecture.X86_64;
            default:
                throw new IllegalArgumentException("architecture must be arm64 or x86_64, got: " + text);
        }
    }

    /** A string value; JSON values from cdk.json (numbers, objects) are used in their JSON text form. */
    private static String string(Node node, String key) {
        Object value = node.tryGetContext(key);
        if (value == null) {
            return null;
        }
        if (value instanceof String) {
            return ((String) value).trim();
        }
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(key + ": cannot read the context value " + value, e);
        }
    }

    /** A comma-delimited string or a JSON array; blanks are dropped, so "" is an empty list. */
    static List<String> list(Object value) {
        List<String> items = new ArrayList<>();
        if (value == null) {
            return items;
        }
        if (value instanceof List) {
            for (Object item : (List<?>) value) {
                items.add(String.valueOf(item).trim());
            }
        } else {
            for (String item : String.valueOf(value).split(",")) {
                items.add(item.trim());
            }
        }
        items.removeIf(String::isEmpty);
        return items;
    }

    private static int integer(String key, String text) {
        String trimmed = text.trim();
        try {
            return Integer.parseInt(trimmed.endsWith(".0") ? trimmed.substring(0, trimmed.length() - 2) : trimmed);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be an integer, got: " + text, e);
        }
    }
}
