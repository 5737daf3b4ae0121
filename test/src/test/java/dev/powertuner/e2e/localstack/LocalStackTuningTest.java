package dev.powertuner.e2e.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.powertuner.statemachine.TunerDefinition;
import dev.powertuner.statemachine.TunerStep;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.GetFunctionConfigurationResponse;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/**
 * Deploys the shaded handler jar's six functions, a Node.js target and powertuner.asl.json to LocalStack with the
 * SDK, runs one tuning and checks the result and that the target is left as it was. Needs Docker (skipped
 * otherwise) and {@code functions/target/powertuner-functions-*-lambda.jar} ({@code mvn -pl functions -am package}).
 * Set {@code LOCALSTACK_AUTH_TOKEN} when the LocalStack image requires one.
 */
@Testcontainers(disabledWithoutDocker = true)
class LocalStackTuningTest {
    private static final String TARGET = "powertuner-target";
    private static final String TARGET_DESCRIPTION = "tuned by the LocalStack suite";

    @Container
    private static final LocalStackContainer LOCALSTACK = localStack();

    private static LambdaClient lambda;
    private static SfnClient sfn;
    private static IamClient iam;

    private static LocalStackContainer localStack() {
        LocalStackContainer container = new LocalStackContainer(DockerImageName.parse("localstack/localstack:4.4"))
                .withServices("lambda", "stepfunctions", "iam", "logs", "sts");
        String token = System.getenv("LOCALSTACK_AUTH_TOKEN");
        if (token != null && !token.isBlank()) {
            container.withEnv("LOCALSTACK_AUTH_TOKEN", token);
        }
        return container;
    }

    @BeforeAll
    static void clients() {
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(
                AwsBasicCredentials.create(LOCALSTACK.getAccessKey(), LOCALSTACK.getSecretKey()));
        Region region = Region.of(LOCALSTACK.getRegion());
        lambda = LambdaClient.builder().endpointOverride(LOCALSTACK.getEndpoint()).region(region)
                .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create()).build();
        sfn = SfnClient.builder().endpointOverride(LOCALSTACK.getEndpoint()).region(region)
                .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create()).build();
        iam = IamClient.builder().endpointOverride(LOCALSTACK.getEndpoint()).region(Region.AWS_GLOBAL)
                .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create()).build();
    }

    @AfterAll
    static void close() {
        lambda.close();
        sfn.close();
        iam.close();
    }

    @Test
    void tuningRunSucceedsAndLeavesTheTargetAsItWas() throws Exception {
        // given the tuner, a target function and the state machine
        String roleArn = role();
        SdkBytes handlerJar = SdkBytes.fromByteArray(Files.readAllBytes(handlerJar()));
        Map<TunerStep, String> arns = new EnumMap<>(TunerStep.class);
        for (TunerStep step : TunerStep.values()) {
            arns.put(step, tunerFunction(step, handlerJar, roleArn));
        }
        String targetArn = targetFunction(roleArn);
        String definition = definition(arns);
        String stateMachineArn = sfn.createStateMachine(b -> b.name("powertuner-localstack")
                .definition(definition).roleArn(roleArn)).stateMachineArn();
        // when one tuning runs
        String input = "{\"lambdaARN\": \"" + targetArn + "\", \"powerValues\": [128, 256], \"num\": 5,"
                + " \"payload\": {}, \"strategy\": \"cost\"}";
        String executionArn = sfn.startExecution(b -> b.stateMachineArn(stateMachineArn).input(input))
                .executionArn();
        DescribeExecutionResponse execution = awaitEnd(executionArn, Duration.ofMinutes(10));
        // then
        assertThat(execution.status()).as(execution.error() + ": " + execution.cause())
                .isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.output()).containsPattern("\"power\"\\s*:\\s*(128|256)[,}]")
                .contains("\"stateMachine\"");
        GetFunctionConfigurationResponse target = lambda.getFunctionConfiguration(b -> b.functionName(TARGET));
        assertThat(target.memorySize()).isEqualTo(128);
        assertThat(target.description()).isEqualTo(TARGET_DESCRIPTION);
        assertThat(lambda.listAliases(b -> b.functionName(TARGET)).aliases()).isEmpty();
        assertThat(lambda.listVersionsByFunction(b -> b.functionName(TARGET)).versions())
                .extracting(FunctionConfiguration::version).containsExactly("$LATEST");
    }

    private static String role() {
        String trust = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
                + "{\"Service\":[\"lambda.amazonaws.com\",\"states.amazonaws.com\"]},\"Action\":\"sts:AssumeRole\"}]}";
        return iam.createRole(b -> b.roleName("powertuner-localstack").assumeRolePolicyDocument(trust)).role().arn();
    }

    private static String tunerFunction(TunerStep step, SdkBytes jar, String roleArn) {
        String name = step.localFunctionName();
        String arn = lambda.createFunction(b -> b.functionName(name)
                .runtime(Runtime.JAVA21)
                .handler(step.handler())
                .role(roleArn)
                .code(c -> c.zipFile(jar))
                .memorySize(1024)
                .timeout(step.timeoutSeconds(300))
                .environment(e -> e.variables(Map.of(
                        "defaultPowerValues", "128,256,512,1024,1536,3008",
                        "visualizationURL", "https://lambda-power-tuning.show/",
                        "JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1"))))
                .functionArn();
        lambda.waiter().waitUntilFunctionActiveV2(b -> b.functionName(name));
        return arn;
    }

    private static String targetFunction(String roleArn) {
        String source = "exports.handler = async (event) => ({ ok: true, echo: event });\n";
        String arn = lambda.createFunction(b -> b.functionName(TARGET)
                .runtime(Runtime.NODEJS20_X)
                .handler("index.handler")
                .role(roleArn)
                .description(TARGET_DESCRIPTION)
                .memorySize(128)
                .code(c -> c.zipFile(SdkBytes.fromByteArray(zip("index.js", source)))))
                .functionArn();
        lambda.waiter().waitUntilFunctionActiveV2(b -> b.functionName(TARGET));
        return arn;
    }

    /** The definition with the function ARNs substituted, as the stack's definitionSubstitutions do. */
    private static String definition(Map<TunerStep, String> arns) {
        return TunerDefinition.render(TunerDefinition.bundled(), 300, arns);
    }

    private static DescribeExecutionResponse awaitEnd(String executionArn, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        DescribeExecutionResponse execution = sfn.describeExecution(b -> b.executionArn(executionArn));
        while (execution.status() == ExecutionStatus.RUNNING && Instant.now().isBefore(deadline)) {
            Thread.sleep(2_000);
            execution = sfn.describeExecution(b -> b.executionArn(executionArn));
        }
        return execution;
    }

    private static Path handlerJar() throws IOException {
        Path target = root().resolve("functions").resolve("target");
        List<Path> jars = new ArrayList<>();
        if (Files.isDirectory(target)) {
            try (DirectoryStream<Path> found = Files.newDirectoryStream(target, "powertuner-functions-*-lambda.jar")) {
                found.forEach(jars::add);
            }
        }
        assertThat(jars).as("no handler jar in %s: build it with mvn -pl functions -am package", target).isNotEmpty();
        return jars.get(0);
    }

    private static Path root() {
        String root = System.getProperty("powertuner.root");
        return (root == null ? Paths.get("..") : Paths.get(root)).toAbsolutePath().normalize();
    }

    private static byte[] zip(String name, String content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
