package dev.powertuner.cdk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Settings of {@link PowerTunerTargetRole}: who may assume it (the tuner's account IDs and/or the ARNs of the tuner's
 * function roles), the external id they must send, the functions it may tune, and its name.
 * {@link Builder#build()} validates and names the offending property.
 */
public final class PowerTunerTargetRoleProps {
    private final List<String> tunerAccountIds;
    private final List<String> tunerRoleArns;
    private final String externalId;
    private final String lambdaResource;
    private final String roleName;

    private PowerTunerTargetRoleProps(Builder b) {
        this.tunerAccountIds = List.copyOf(b.tunerAccountIds);
        this.tunerRoleArns = List.copyOf(b.tunerRoleArns);
        this.externalId = blankToNull(b.externalId);
        this.lambdaResource = b.lambdaResource;
        this.roleName = blankToNull(b.roleName);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Accounts whose principals may assume the role; the tuner's own IAM policy then limits it to its roles. */
    public List<String> tunerAccountIds() {
        return tunerAccountIds;
    }

    /** ARNs of the tuner's function roles that may assume the role (the roles must exist when this deploys). */
    public List<String> tunerRoleArns() {
        return tunerRoleArns;
    }

    /** The {@code sts:ExternalId} the tuner must send (execution input {@code externalId}); null for none. */
    public String externalId() {
        return externalId;
    }

    /** Resource of the role's Lambda statement, as {@link PowerTunerProps#lambdaResource()}. */
    public String lambdaResource() {
        return lambdaResource;
    }

    /** The role's name, so its ARN is known before it is deployed; null for a generated name. */
    public String roleName() {
        return roleName;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Builder: at least one tuner account or role; lambdaResource defaults to {@code *}. */
    public static final class Builder {
        private List<String> tunerAccountIds = List.of();
        private List<String> tunerRoleArns = List.of();
        private String externalId;
        private String lambdaResource = "*";
        private String roleName;

        private Builder() {
        }

        public Builder tunerAccountIds(List<String> accountIds) {
            this.tunerAccountIds = new ArrayList<>(Objects.requireNonNull(accountIds, "tunerAccountIds"));
            return this;
        }

        public Builder tunerRoleArns(List<String> roleArns) {
            this.tunerRoleArns = new ArrayList<>(Objects.requireNonNull(roleArns, "tunerRoleArns"));
            return this;
        }

        public Builder externalId(String value) {
            this.externalId = value;
            return this;
        }

        public Builder lambdaResource(String resource) {
            this.lambdaResource = resource;
            return this;
        }

        public Builder roleName(String name) {
            this.roleName = name;
            return this;
        }

        /** Validates every property; an {@link IllegalArgumentException} names the first invalid one. */
        public PowerTunerTargetRoleProps build() {
            PowerTunerTargetRoleProps props = new PowerTunerTargetRoleProps(this);
            PropsValidator.require(!props.tunerAccountIds().isEmpty() || !props.tunerRoleArns().isEmpty(),
                    "tunerAccountIds or tunerRoleArns must name the tuner's account or its roles");
            for (String account : props.tunerAccountIds()) {
                PropsValidator.require(account != null && account.matches("\\d{12}"),
                        "tunerAccountIds must be 12-digit AWS account IDs, got: " + account);
            }
            PropsValidator.requireRoleArns("tunerRoleArns", props.tunerRoleArns());
            PropsValidator.require(props.externalId() == null || props.externalId().matches("[\\w+=,.@:/-]{2,1224}"),
                    "externalId must be 2 to 1224 letters, digits or +=,.@:/_- characters, got: " + props.externalId());
            PropsValidator.requireLambdaResource(props.lambdaResource());
            PropsValidator.require(props.roleName() == null || props.roleName().matches("[\\w+=,.@-]{1,64}"),
                    "roleName must be 1 to 64 letters, digits or +=,.@_- characters, got: " + props.roleName());
            return props;
        }
    }
}
