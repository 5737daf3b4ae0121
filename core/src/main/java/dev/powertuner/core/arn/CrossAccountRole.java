package dev.powertuner.core.arn;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.error.InvalidInputException;
import dev.powertuner.core.js.Js;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The optional {@code roleARN} (and {@code externalId}) of the execution input: the role in the target function's
 * account that the tuner assumes for every Lambda call of the run. Absent or {@code null} means none; any other value
 * must be an IAM role ARN.
 *
 * @param roleArn    {@code arn:<partition>:iam::<12-digit account>:role/<path/name>}
 * @param externalId the {@code sts:ExternalId} sent with AssumeRole; null when absent
 */
public record CrossAccountRole(String roleArn, String externalId) {

    /** STS limits RoleSessionName to 2–64 characters of these. */
    static final int MAX_SESSION_NAME = 64;
    private static final Pattern ROLE_ARN = Pattern.compile(
            "arn:aws(?:-[a-z]+)*:iam::(\\d{12}):role/(?:[\\w+=,.@-]+/){0,50}[\\w+=,.@-]{1,64}");
    private static final Pattern EXTERNAL_ID = Pattern.compile("[\\w+=,.@:/-]{2,1224}");
    private static final Pattern ACCOUNT_OF_PARTIAL = Pattern.compile("(\\d{12}):function:.*");

    public CrossAccountRole {
        if (roleArn == null || !ROLE_ARN.matcher(roleArn).matches()) {
            throw new InvalidInputException("Invalid roleARN: must be an IAM role ARN"
                    + " arn:<partition>:iam::<12-digit account>:role/<path/name>, got " + roleArn);
        }
        if (externalId != null && !EXTERNAL_ID.matcher(externalId).matches()) {
            throw new InvalidInputException("Invalid externalId: must be 2 to 1224 letters, digits or +=,.@:/_-"
                    + " characters, got " + externalId);
        }
    }

    /** Reads {@code roleARN} and {@code externalId} of an execution input; empty when there is no {@code roleARN}. */
    public static Optional<CrossAccountRole> parse(JsonNode input) {
        JsonNode role = Js.field(input, "roleARN");
        JsonNode external = Js.field(input, "externalId");
        boolean hasExternal = !Js.isUndefined(external) && !external.isNull();
        if (Js.isUndefined(role) || role.isNull()) {
            if (hasExternal) {
                throw new InvalidInputException("externalId requires roleARN: an external id is only sent when"
                        + " assuming the role named by roleARN");
            }
            return Optional.empty();
        }
        if (!role.isTextual()) {
            throw new InvalidInputException("Invalid roleARN: must be an IAM role ARN"
                    + " arn:<partition>:iam::<12-digit account>:role/<path/name>, got " + Js.show(role));
        }
        if (hasExternal && !external.isTextual()) {
            throw new InvalidInputException("Invalid externalId: must be a string, got " + Js.show(external));
        }
        return Optional.of(new CrossAccountRole(role.textValue(), hasExternal ? external.textValue() : null));
    }

    /** The role's 12-digit account. */
    public String account() {
        Matcher matcher = ROLE_ARN.matcher(roleArn);
        if (!matcher.matches()) {
            throw new IllegalStateException("not a role ARN: " + roleArn);
        }
        return matcher.group(1);
    }

    /**
     * Whether calls on a pre- or post-processor go through the role: yes when the reference names the role's
     * account, or no account at all (a name is looked up in the role's account, like {@code lambdaARN}); a processor
     * in any other account is called with the tuner's own credentials.
     */
    public boolean coversProcessor(String processor) {
        Optional<String> account = accountOf(processor);
        return account.isEmpty() || account.get().equals(account());
    }

    /**
     * The input's {@code preProcessorARN} and {@code postProcessorARN}, as the executor passes them to Lambda, that
     * are called with the tuner's own credentials (see {@link #coversProcessor}).
     */
    public Set<String> processorsOutside(JsonNode input) {
        Set<String> outside = new LinkedHashSet<>();
        for (String field : new String[] {"preProcessorARN", "postProcessorARN"}) {
            JsonNode value = Js.field(input, field);
            if (Js.truthy(value) && !coversProcessor(Js.show(value))) {
                outside.add(Js.show(value));
            }
        }
        return outside;
    }

    /** The account of a full or partial Lambda ARN; empty for a function name. */
    static Optional<String> accountOf(String function) {
        if (function == null) {
            return Optional.empty();
        }
        if (function.startsWith("arn:")) {
            String[] parts = function.split(":", -1);
            return parts.length >= 5 && !parts[4].isEmpty() ? Optional.of(parts[4]) : Optional.empty();
        }
        Matcher partial = ACCOUNT_OF_PARTIAL.matcher(function);
        return partial.matches() ? Optional.of(partial.group(1)) : Optional.empty();
    }

    /**
     * The RoleSessionName of a run: the run id (the execution name, so CloudTrail in the target account shows which
     * execution made a call) with characters STS does not accept replaced by {@code -}, cut to 64 characters.
     */
    public static String sessionName(String runId) {
        String name = runId == null ? "" : runId.replaceAll("[^\\w+=,.@-]", "-");
        if (name.length() > MAX_SESSION_NAME) {
            name = name.substring(0, MAX_SESSION_NAME);
        }
        return name.length() < 2 ? "powertuner" + name : name;
    }
}
