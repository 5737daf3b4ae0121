package dev.powertuner.cli;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import software.amazon.awssdk.awscore.AwsServiceClientConfiguration;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileFileSystemSetting;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;

/**
 * Turns what the AWS SDK throws in {@code run} into one-line messages: missing region or credentials and a wrong state
 * machine or stack are usage errors (exit 2); other service and network errors fail the command (exit 1).
 */
final class AwsErrors {
    private static final Pattern STATE_MACHINE_ARN =
            Pattern.compile("arn:aws[a-z-]*:states:[a-z0-9-]+:\\d{12}:stateMachine:[A-Za-z0-9_.-]+(:[A-Za-z0-9_.$-]+)?");

    private AwsErrors() {
    }

    /** Checks the syntax of {@code --state-machine-arn} before any AWS call. */
    static String stateMachineArn(String arn) {
        if (!STATE_MACHINE_ARN.matcher(arn).matches()) {
            throw new UsageException("--state-machine-arn must be a state machine ARN "
                    + "(arn:aws:states:REGION:ACCOUNT:stateMachine:NAME), not '" + arn + "'");
        }
        return arn;
    }

    /** The region of a state machine ARN: the Step Functions endpoint that knows it. */
    static String region(String stateMachineArn) {
        return stateMachineArn.split(":")[3];
    }

    /**
     * The exception to report for {@code e}; {@code stateMachine} is the ARN used (null before it was resolved),
     * {@code endpoint} the service endpoint called (null when unknown).
     */
    static RuntimeException translate(SdkException e, String stateMachine, String stack, String endpoint) {
        String message = String.valueOf(e.getMessage());
        if (e instanceof SdkClientException && message.startsWith("Unable to load region")) {
            return new UsageException(missingProfile().orElse("No AWS region configured: set AWS_REGION (or a region for"
                    + " AWS_PROFILE in ~/.aws/config)"), e);
        }
        if (e instanceof SdkClientException && message.startsWith("Unable to load credentials")) {
            return new UsageException(missingProfile().orElse("No AWS credentials found: set AWS_PROFILE, or AWS_ACCESS_KEY_ID"
                    + " and AWS_SECRET_ACCESS_KEY, or run where a role provides them"), e);
        }
        if (e instanceof StateMachineDoesNotExistException || e instanceof InvalidArnException) {
            return new UsageException("--state-machine-arn " + stateMachine + ": " + serviceMessage((AwsServiceException) e)
                    + " (check the ARN and the region)", e);
        }
        if (stateMachine == null && e instanceof AwsServiceException && message.contains("does not exist")) {
            return new UsageException("--stack " + stack + ": " + serviceMessage((AwsServiceException) e)
                    + "; deploy the tuner (docs/deploy.md) or pass --state-machine-arn", e);
        }
        if (e instanceof AwsServiceException) {
            return new IllegalStateException("AWS error: " + serviceMessage((AwsServiceException) e), e);
        }
        return new IllegalStateException("Cannot reach " + (endpoint == null ? "AWS" : endpoint) + ": " + rootCause(e), e);
    }

    /** The endpoint a client calls: its override, else the service's regional endpoint. */
    static String endpoint(AwsServiceClientConfiguration config, String service) {
        if (config.endpointOverride().isPresent()) {
            return config.endpointOverride().get().toString();
        }
        return config.region() == null ? null : "https://" + service + "." + config.region().id() + ".amazonaws.com";
    }

    /**
     * When AWS_PROFILE (or -Daws.profile) names a profile that neither ~/.aws/config nor ~/.aws/credentials has, the
     * message that says so; the SDK itself only reports that no region or credentials were found.
     */
    static Optional<String> missingProfile() {
        Optional<String> name = ProfileFileSystemSetting.AWS_PROFILE.getNonDefaultStringValue();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        ProfileFile profiles;
        try {
            profiles = ProfileFile.defaultProfileFile();
        } catch (RuntimeException e) {
            return Optional.of("AWS_PROFILE=" + name.get() + ": the AWS config files cannot be read (" + e.getMessage() + ")");
        }
        if (profiles.profile(name.get()).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("AWS_PROFILE=" + name.get() + ": no such profile in ~/.aws/config or ~/.aws/credentials"
                + (profiles.profiles().isEmpty() ? " (they define none)" : " (profiles there: "
                + String.join(", ", new TreeSet<>(profiles.profiles().keySet())) + ")"));
    }

    /** The innermost cause in plain words: "connection refused", "unknown host states.example", else its message. */
    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = firstLine(String.valueOf(root.getMessage()));
        if (root instanceof ConnectException) {
            return "connection refused (nothing is listening there)";
        }
        if (root instanceof UnknownHostException) {
            return "unknown host " + message;
        }
        if (root instanceof SocketTimeoutException) {
            return "no answer in time (" + message + ")";
        }
        return message;
    }

    private static String serviceMessage(AwsServiceException e) {
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        String text = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
        return (code == null ? "" : code + ": ") + firstLine(String.valueOf(text));
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
