package dev.powertuner.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.powertuner.local.function.FunctionDefinition;
import dev.powertuner.local.function.WorkloadProfile;
import dev.powertuner.local.state.FunctionSnapshot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/**
 * Issue 14's local proof: the tuner's six real handlers run in account A (Local Lambda's own account), the function to
 * tune belongs to account B, and a role in B trusts A with an external id. The handlers reach B only through
 * {@code sts:AssumeRole} on Local Lambda's STS ({@code AWS_ENDPOINT_URL_STS}), signing with the issued keys.
 */
class CrossAccountEndToEndTest {
    private static final String ACCOUNT_B = "222222222222";
    private static final String TARGET = "orders";
    private static final String ROLE = "arn:aws:iam::" + ACCOUNT_B + ":role/powertuner-target";
    private static final String UNTRUSTING_ROLE = "arn:aws:iam::" + ACCOUNT_B + ":role/trusts-someone-else";
    private static final String EXTERNAL_ID = "tuner-7f3a";
    private static LocalTuner tuner;
    private static String targetArn;
    private static FunctionSnapshot original;

    @BeforeAll
    static void start() {
        tuner = LocalTuner.builder().role(ROLE, EXTERNAL_ID, LocalTuner.ACCOUNT)
                .role(UNTRUSTING_ROLE, null, "333333333333").start();
        targetArn = tuner.registerTarget(FunctionDefinition.builder(TARGET).accountId(ACCOUNT_B).memorySize(1024)
                .timeout(30).description("account B's function").profile(new WorkloadProfile(100, 1, 100, 50, 0, 0, 0,
                        null, 42L)).build());
        original = tuner.snapshot(TARGET);
    }

    @AfterAll
    static void stop() {
        tuner.close();
    }

    @AfterEach
    void targetIsLeftExactlyAsItWas() {
        assertThat(tuner.snapshot(TARGET)).isEqualTo(original);
    }

    private static String input(String extra) {
        return "{\"lambdaARN\": \"" + targetArn + "\", \"num\": 5, \"powerValues\": [128, 1024, 3008]" + extra + "}";
    }

    @Test
    void aRunWithTheTrustedRoleTunesTheFunctionOfTheOtherAccount() {
        long before = tuner.lambda().stats(TARGET).invocations();

        TunerRun run = tuner.run(input(", \"roleARN\": \"" + ROLE + "\", \"externalId\": \"" + EXTERNAL_ID + "\""));

        assertThat(targetArn).isEqualTo("arn:aws:lambda:us-east-1:" + ACCOUNT_B + ":function:" + TARGET);
        assertThat(run.status()).as(run.describe()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.output().path("power").intValue()).isIn(128, 1024, 3008);
        assertThat(run.output().path("functionName").asText()).isEqualTo(TARGET);
        assertThat(tuner.lambda().stats(TARGET).invocations() - before).isEqualTo(15);
    }

    @Test
    void withoutRoleTheRunFailsAsLambdaAnswersTheTunersOwnAccount() {
        TunerRun run = tuner.run(input(""));

        assertThat(run.status()).as(run.describe()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("dev.powertuner.core.port.LambdaApiException");
        assertThat(run.causeDocument().path("errorMessage").asText()).isEqualTo("AccessDeniedException: User: "
                + "arn:aws:iam::" + LocalTuner.ACCOUNT + ":root is not authorized to perform: "
                + "lambda:GetFunctionConfiguration on resource: " + targetArn + " because no resource-based policy "
                + "allows the lambda:GetFunctionConfiguration action");
        assertThat(run.statesEntered()).containsExactly("Initializer");
    }

    @Test
    void aRoleThatDoesNotTrustTheTunerFailsTheRunNamingTheRole() {
        TunerRun run = tuner.run(input(", \"roleARN\": \"" + UNTRUSTING_ROLE + "\""));

        assertThat(run.status()).as(run.describe()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("dev.powertuner.core.error.RoleAssumptionException");
        assertThat(run.cause()).contains("Cannot assume roleARN " + UNTRUSTING_ROLE).contains("AccessDenied")
                .contains("not authorized to perform: sts:AssumeRole on resource: " + UNTRUSTING_ROLE);
    }

    @Test
    void aWrongExternalIdIsRefusedLikeAnUntrustedCaller() {
        TunerRun run = tuner.run(input(", \"roleARN\": \"" + ROLE + "\", \"externalId\": \"guessed\""));

        assertThat(run.status()).as(run.describe()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("dev.powertuner.core.error.RoleAssumptionException");
        assertThat(run.cause()).contains("sts:AssumeRole on resource: " + ROLE);
    }

    @Test
    void processorsAreCalledWithTheRoleInItsAccountAndWithTheTunersOwnKeysInTheTunersAccount() {
        String pre = tuner.registerTarget(FunctionDefinition.builder("prepare").accountId(ACCOUNT_B).build());
        String post = tuner.registerTarget(FunctionDefinition.builder("report").build());

        TunerRun run = tuner.run(input(", \"roleARN\": \"" + ROLE + "\", \"externalId\": \"" + EXTERNAL_ID
                + "\", \"preProcessorARN\": \"" + pre + "\", \"postProcessorARN\": \"" + post + "\""));

        assertThat(run.status()).as(run.describe()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(pre).contains(":" + ACCOUNT_B + ":");
        assertThat(post).contains(":" + LocalTuner.ACCOUNT + ":");
        assertThat(tuner.lambda().stats("prepare").invocations()).isEqualTo(15);
        assertThat(tuner.lambda().stats("report").invocations()).isEqualTo(15);
    }
}
