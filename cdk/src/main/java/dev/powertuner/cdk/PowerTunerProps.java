package dev.powertuner.cdk;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;

/**
 * Deployment settings of {@link PowerTuner}: the reference's SAM parameters under the same names and defaults, plus
 * {@code priceOverrides}, {@code architecture}, {@code crossAccountRoleArns}, and the handler {@code code} and state
 * machine definition file, which default to the copies this library's jar carries. {@link Builder#build()} validates
 * and names the offending property.
 */
public final class PowerTunerProps {
    public static final List<Integer> DEFAULT_POWER_VALUES = List.of(128, 256, 512, 1024, 1536, 3008);
    public static final String DEFAULT_VISUALIZATION_URL = "https://lambda-power-tuning.show/";
    public static final String DEFAULT_STATE_MACHINE_NAME_PREFIX = "powerTuningStateMachine";
    public static final int DEFAULT_TOTAL_EXECUTION_TIMEOUT = 300;
    public static final int DEFAULT_LOG_GROUP_RETENTION_IN_DAYS = 7;

    /** Keeps numbers as written (0.00002 stays 0.00002) when priceOverrides is compacted. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private final List<Integer> powerValues;
    private final String visualizationUrl;
    private final String lambdaResource;
    private final int totalExecutionTimeout;
    private final String permissionsBoundary;
    private final String payloadS3Bucket;
    private final String payloadS3Key;
    private final int logGroupRetentionInDays;
    private final List<String> securityGroupIds;
    private final List<String> subnetIds;
    private final String stateMachineNamePrefix;
    private final String priceOverrides;
    private final Architecture architecture;
    private final List<String> crossAccountRoleArns;
    private final Code code;
    private final Path definitionFile;

    private PowerTunerProps(Builder b) {
        this.powerValues = Collections.unmodifiableList(new ArrayList<>(b.powerValues));
        this.visualizationUrl = b.visualizationUrl;
        this.lambdaResource = b.lambdaResource;
        this.totalExecutionTimeout = b.totalExecutionTimeout;
        this.permissionsBoundary = blankToNull(b.permissionsBoundary);
        this.payloadS3Bucket = blankToNull(b.payloadS3Bucket);
        this.payloadS3Key = b.payloadS3Key;
        this.logGroupRetentionInDays = b.logGroupRetentionInDays;
        this.securityGroupIds = List.copyOf(b.securityGroupIds);
        this.subnetIds = List.copyOf(b.subnetIds);
        this.stateMachineNamePrefix = b.stateMachineNamePrefix;
        this.priceOverrides = compactJson(blankToNull(b.priceOverrides));
        this.architecture = b.architecture;
        this.crossAccountRoleArns = List.copyOf(b.crossAccountRoleArns);
        this.code = b.code != null ? b.code : Code.fromAsset(BundledResources.handlerJar().toString());
        this.definitionFile = b.definitionFile;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Default power values of the Initializer (env {@code defaultPowerValues}). */
    public List<Integer> powerValues() {
        return powerValues;
    }

    /** Base URL of the visualization (env {@code visualizationURL}). */
    public String visualizationUrl() {
        return visualizationUrl;
    }

    /** Resource of every Lambda IAM statement; when not {@code *}, {@code <lambdaResource>:*} is added. */
    public String lambdaResource() {
        return lambdaResource;
    }

    /** Timeout in seconds of every function but the analyzer (10 s), and TimeoutSeconds of their tasks. */
    public int totalExecutionTimeout() {
        return totalExecutionTimeout;
    }

    /** ARN (or name) of the managed policy used as permissions boundary of every role; null for none. */
    public String permissionsBoundary() {
        return permissionsBoundary;
    }

    /** Bucket the executor may read payloads from ({@code payloadS3}); null for no S3 access. */
    public String payloadS3Bucket() {
        return payloadS3Bucket;
    }

    /** Object key (pattern) the executor may read in {@link #payloadS3Bucket()}. */
    public String payloadS3Key() {
        return payloadS3Key;
    }

    public int logGroupRetentionInDays() {
        return logGroupRetentionInDays;
    }

    /** Security groups of the functions' VPC configuration; empty for no VPC. */
    public List<String> securityGroupIds() {
        return securityGroupIds;
    }

    /** Subnets of the functions' VPC configuration; empty for no VPC. */
    public List<String> subnetIds() {
        return subnetIds;
    }

    public String stateMachineNamePrefix() {
        return stateMachineNamePrefix;
    }

    /** Compact JSON merged over the bundled price table (env {@code priceOverrides}); null for none. */
    public String priceOverrides() {
        return priceOverrides;
    }

    public Architecture architecture() {
        return architecture;
    }

    /**
     * Roles in other accounts that the tuner's functions may assume ({@code sts:AssumeRole}, nothing else) for
     * executions with {@code roleARN}; empty for none.
     */
    public List<String> crossAccountRoleArns() {
        return crossAccountRoleArns;
    }

    /** The handler code: by default the shaded functions jar this library carries, extracted at synth time. */
    public Code code() {
        return code;
    }

    /** A state machine definition file to use instead of the bundled powertuner.asl.json; null for the bundled one. */
    public Path definitionFile() {
        return definitionFile;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String compactJson(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(JSON.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("priceOverrides is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Builder with the reference's defaults. */
    public static final class Builder {
        private List<Integer> powerValues = DEFAULT_POWER_VALUES;
        private String visualizationUrl = DEFAULT_VISUALIZATION_URL;
        private String lambdaResource = "*";
        private int totalExecutionTimeout = DEFAULT_TOTAL_EXECUTION_TIMEOUT;
        private String permissionsBoundary;
        private String payloadS3Bucket;
        private String payloadS3Key = "*";
        private int logGroupRetentionInDays = DEFAULT_LOG_GROUP_RETENTION_IN_DAYS;
        private List<String> securityGroupIds = List.of();
        private List<String> subnetIds = List.of();
        private String stateMachineNamePrefix = DEFAULT_STATE_MACHINE_NAME_PREFIX;
        private String priceOverrides;
        private Architecture architecture = Architecture.ARM_64;
        private List<String> crossAccountRoleArns = List.of();
        private Code code;
        private Path definitionFile;

        private Builder() {
        }

        public Builder powerValues(List<Integer> values) {
            this.powerValues = new ArrayList<>(Objects.requireNonNull(values, "powerValues"));
            return this;
        }

        public Builder visualizationUrl(String url) {
            this.visualizationUrl = url;
            return this;
        }

        public Builder lambdaResource(String resource) {
            this.lambdaResource = resource;
            return this;
        }

        public Builder totalExecutionTimeout(int seconds) {
            this.totalExecutionTimeout = seconds;
            return this;
        }

        public Builder permissionsBoundary(String policyArnOrName) {
            this.permissionsBoundary = policyArnOrName;
            return this;
        }

        public Builder payloadS3Bucket(String bucket) {
            this.payloadS3Bucket = bucket;
            return this;
        }

        public Builder payloadS3Key(String key) {
            this.payloadS3Key = key;
            return this;
        }

        public Builder logGroupRetentionInDays(int days) {
            this.logGroupRetentionInDays = days;
            return this;
        }

        public Builder securityGroupIds(List<String> ids) {
            this.securityGroupIds = new ArrayList<>(Objects.requireNonNull(ids, "securityGroupIds"));
            return this;
        }

        public Builder subnetIds(List<String> ids) {
            this.subnetIds = new ArrayList<>(Objects.requireNonNull(ids, "subnetIds"));
            return this;
        }

        public Builder stateMachineNamePrefix(String prefix) {
            this.stateMachineNamePrefix = prefix;
            return this;
        }

        public Builder priceOverrides(String json) {
            this.priceOverrides = json;
            return this;
        }

        public Builder architecture(Architecture value) {
            this.architecture = value;
            return this;
        }

        public Builder crossAccountRoleArns(List<String> roleArns) {
            this.crossAccountRoleArns = new ArrayList<>(Objects.requireNonNull(roleArns, "crossAccountRoleArns"));
            return this;
        }

        /** Other handler code (a build of powertuner-functions); default: the jar this library carries. */
        public Builder code(Code value) {
            this.code = value;
            return this;
        }

        /** Another powertuner.asl.json; default: the definition this library carries. */
        public Builder definitionFile(Path file) {
            this.definitionFile = file;
            return this;
        }

        /** Validates every property; an {@link IllegalArgumentException} names the first invalid one. */
        public PowerTunerProps build() {
            PowerTunerProps props = new PowerTunerProps(this);
            PropsValidator.validate(props);
            return props;
        }
    }
}
