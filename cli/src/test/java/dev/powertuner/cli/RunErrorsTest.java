package dev.powertuner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.sfn.SfnClient;

/** How {@code run} fails in a pipeline: one line naming the option or field and the rule, exit 2 or 1, no stack trace. */
class RunErrorsTest {
    private static final String ARN = StubStepFunctions.STATE_MACHINE;

    private StubStepFunctions stub;

    @BeforeEach
    void start() throws IOException {
        stub = new StubStepFunctions();
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void numBelowFiveIsAUsageErrorBeforeAnyAwsCall() {
        CliHarness.Result result = CliHarness.run(stub.endpoint(), "run", "--state-machine-arn", ARN, "--function", "f",
                "--num", "3");

        assertOneLineUsageError(result, "powertuner run: invalid execution input: Missing num or num below 5");
        assertThat(stub.targets).isEmpty();
    }

    @Test
    void invalidPowerValueNamesTheAllowedRange() {
        CliHarness.Result result = CliHarness.run(stub.endpoint(), "run", "--state-machine-arn", ARN, "--function", "f",
                "--num", "5", "--power-values", "64,128");

        assertOneLineUsageError(result, "Invalid power value: 64 (--power-values: whole MB from 128 to 10240, each once)");
    }

    @Test
    void inputFileFieldsAreValidatedLikeTheInitializerDoes(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("input.json");
        Files.writeString(input, "{\"lambdaARN\":\"f\",\"num\":10,\"strategy\":\"fastest\"}", StandardCharsets.UTF_8);

        CliHarness.Result result = CliHarness.run(stub.endpoint(), "run", "--state-machine-arn", ARN, "--input", input.toString());

        assertOneLineUsageError(result, "Invalid strategy: \"fastest\". Valid strategies are cost, speed and balanced.");
        assertThat(stub.targets).isEmpty();
    }

    @Test
    void missingInputFileSaysSoAndNamesTheOption() {
        CliHarness.Result result = CliHarness.run(stub.endpoint(), "run", "--state-machine-arn", ARN, "--input",
                "/nonexistent/input.json");

        assertOneLineUsageError(result, "powertuner run: Cannot read --input /nonexistent/input.json: no such file");
    }

    @Test
    void malformedStateMachineArnIsAUsageError() {
        CliHarness.Result result = CliHarness.run(stub.endpoint(), "run", "--state-machine-arn", "nonsense", "--function", "f",
                "--num", "5");

        assertOneLineUsageError(result, "--state-machine-arn must be a state machine ARN "
                + "(arn:aws:states:REGION:ACCOUNT:stateMachine:NAME), not 'nonsense'");
        assertThat(stub.targets).isEmpty();
    }

    @Test
    void unknownStateMachineNamesTheOption() {
        stub.startError = "StateMachineDoesNotExist";
        stub.startErrorMessage = "State Machine Does Not Exist: '" + ARN + "'";

        CliHarness.Result result = CliHarness.run(stub.endpoint(), "run", "--state-machine-arn", ARN, "--function", "f",
                "--num", "5");

        assertOneLineUsageError(result, "powertuner run: --state-machine-arn " + ARN
                + ": StateMachineDoesNotExist: State Machine Does Not Exist");
    }

    @Test
    void missingStackSuggestsDeployingOrPassingTheArn() {
        stub.stackMissing = true;

        CliHarness.Result result = CliHarness.run(stub.endpoint(), "run", "--function", "f", "--num", "5");

        assertOneLineUsageError(result, "powertuner run: --stack powertuner: ValidationError: Stack with id powertuner "
                + "does not exist; deploy the tuner (docs/deploy.md) or pass --state-machine-arn");
    }

    @Test
    void otherServiceErrorsFailWithOneLine() {
        stub.startError = "AccessDeniedException";
        stub.startErrorMessage = "User is not authorized to perform: states:StartExecution";

        CliHarness.Result result = CliHarness.run(stub.endpoint(), "run", "--state-machine-arn", ARN, "--function", "f",
                "--num", "5");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("powertuner run: AWS error: AccessDeniedException: User is not authorized to "
                + "perform: states:StartExecution" + System.lineSeparator());
    }

    @Test
    void unreachableEndpointNamesTheHost() {
        CliHarness.Result result = run(region -> SfnClient.builder().httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(URI.create("http://states.nonexistent.invalid")).region(Region.EU_WEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b"))).build(),
                CloudFormationClient::create, "run", "--state-machine-arn", ARN, "--function", "f", "--num", "5");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("powertuner run: Cannot reach http://states.nonexistent.invalid: unknown host states.nonexistent.invalid"
                + System.lineSeparator());
    }

    @Test
    void noRegionConfiguredIsOneLine() {
        // the stack lookup needs the SDK's region; this is how the SDK fails without one
        Supplier<CloudFormationClient> noRegion = () -> {
            throw SdkClientException.create("Unable to load region from any of the providers in the chain "
                    + "software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain@62656be4: [...]");
        };

        CliHarness.Result result = run(region -> CliEnvironment.localSfn(stub.endpoint()), noRegion,
                "run", "--function", "f", "--num", "5");

        assertOneLineUsageError(result, "powertuner run: No AWS region configured: set AWS_REGION");
    }

    @Test
    void regionComesFromTheStateMachineArnSoNoneNeedsConfiguring() {
        stub.succeeds(Fixtures.text("outputs/x86.json"));
        List<String> regions = new ArrayList<>();

        CliHarness.Result result = run(region -> {
            regions.add(region);
            return CliEnvironment.localSfn(stub.endpoint());
        }, () -> {
            throw new AssertionError("no stack lookup with --state-machine-arn");
        }, "run", "--state-machine-arn", ARN, "--function", "f", "--num", "5", "--poll-interval-ms", "1");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(regions).containsExactly("eu-west-1");
    }

    @Test
    void refusedConnectionNamesTheEndpoint() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        URI closed = URI.create("http://127.0.0.1:" + port);

        CliHarness.Result result = run(region -> SfnClient.builder().httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(closed).region(Region.EU_WEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b"))).build(),
                CloudFormationClient::create, "run", "--state-machine-arn", ARN, "--function", "f", "--num", "5");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("powertuner run: Cannot reach " + closed + ": connection refused (nothing is"
                + " listening there)" + System.lineSeparator());
    }

    @Test
    void profileThatDoesNotExistIsNamed(@TempDir Path dir) throws IOException {
        // given: a config file with one profile, and AWS_PROFILE (as its system property) naming another
        Path config = dir.resolve("config");
        Files.writeString(config, "[default]\nregion = eu-west-1\n[profile dev]\nregion = eu-west-2\n", StandardCharsets.UTF_8);
        Supplier<CloudFormationClient> noRegion = () -> {
            throw SdkClientException.create("Unable to load region from any of the providers in the chain [...]");
        };
        String[] keys = {"aws.profile", "aws.configFile", "aws.sharedCredentialsFile"};
        String[] values = {"nosuch", config.toString(), dir.resolve("credentials").toString()};
        String[] saved = new String[keys.length];
        CliHarness.Result result;
        try {
            for (int i = 0; i < keys.length; i++) {
                saved[i] = System.setProperty(keys[i], values[i]);
            }
            // when
            result = run(region -> CliEnvironment.localSfn(stub.endpoint()), noRegion, "run", "--function", "f", "--num", "5");
        } finally {
            for (int i = 0; i < keys.length; i++) {
                if (saved[i] == null) {
                    System.clearProperty(keys[i]);
                } else {
                    System.setProperty(keys[i], saved[i]);
                }
            }
        }

        // then
        assertOneLineUsageError(result, "powertuner run: AWS_PROFILE=nosuch: no such profile in ~/.aws/config or"
                + " ~/.aws/credentials (profiles there: default, dev)");
    }

    @Test
    void noCredentialsIsOneLine() {
        CliHarness.Result result = run(region -> SfnClient.builder().httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(stub.endpoint()).region(Region.EU_WEST_1).credentialsProvider(() -> {
                    throw SdkClientException.create("Unable to load credentials from any of the providers in the chain "
                            + "AwsCredentialsProviderChain(credentialsProviders=[...])");
                }).build(), CloudFormationClient::create, "run", "--state-machine-arn", ARN, "--function", "f", "--num", "5");

        assertOneLineUsageError(result, "powertuner run: No AWS credentials found");
    }

    @Test
    void failedRunShowsTheErrorMessageOfALambdaErrorDocument() {
        stub.ends("FAILED", "dev.powertuner.core.error.AllPowerValuesFailedException",
                "{\"errorMessage\":\"All power values failed: 128 (Runtime.OutOfMemory)\",\"errorType\":"
                        + "\"dev.powertuner.core.error.AllPowerValuesFailedException\",\"stackTrace\":[\"a.B.c(B.java:1)\"]}");

        CliHarness.Result result = CliHarness.run(stub.endpoint(), "run", "--state-machine-arn", ARN, "--function", "f",
                "--num", "5", "--poll-interval-ms", "1");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains(System.lineSeparator() + "execution FAILED: dev.powertuner.core.error"
                + ".AllPowerValuesFailedException: All power values failed: 128 (Runtime.OutOfMemory)" + System.lineSeparator())
                .doesNotContain("stackTrace");
    }

    private static void assertOneLineUsageError(CliHarness.Result result, String message) {
        assertThat(result.code()).isEqualTo(2);
        String[] lines = result.err().split("\\R");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).contains(message);
        assertThat(lines[1]).startsWith("Try 'powertuner run --help'");
        assertThat(result.out()).isEmpty();
    }

    private static CliHarness.Result run(Function<String, SfnClient> sfn, Supplier<CloudFormationClient> cloudFormation,
                                         String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnvironment env = new CliEnvironment(new PrintWriter(out), new PrintWriter(err), new ByteArrayInputStream(new byte[0]),
                sfn, cloudFormation, false, Path.of("."));
        int code = Main.execute(args, env);
        return new CliHarness.Result(code, out.toString(), err.toString());
    }
}
