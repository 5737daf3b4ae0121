package dev.powertuner.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.powertuner.local.function.FunctionDefinition;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

/** Accounts on the Lambda API: the access key picks the caller's account, which reaches only its own functions. */
class FunctionAccessTest {
    private static final String A = "111111111111";
    private static final String B = "222222222222";
    private static final String B_ARN = "arn:aws:lambda:us-east-1:" + B + ":function:orders";

    private LocalLambda lambda;
    private LambdaClient asA;
    private LambdaClient asB;

    @BeforeEach
    void setUp() {
        lambda = LocalLambda.builder().accountId(A).updateDelay(Duration.ZERO).activationDelay(Duration.ZERO)
                .accessKey("BKEY", "arn:aws:iam::" + B + ":user/ops")
                .function(FunctionDefinition.builder("tuner").build())
                .function(FunctionDefinition.builder("orders").accountId(B).build()).start();
        asA = TestClients.lambda(lambda.endpoint());
        asB = client("BKEY");
    }

    @AfterEach
    void tearDown() {
        asA.close();
        asB.close();
        lambda.close();
    }

    @Test
    void anotherAccountsFunctionByArnIsAccessDeniedAsLambdaAnswers() {
        assertThatThrownBy(() -> asA.invoke(r -> r.functionName(B_ARN + ":live")))
                .isInstanceOfSatisfying(LambdaException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(403);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("User: arn:aws:iam::" + A + ":root is "
                            + "not authorized to perform: lambda:InvokeFunction on resource: " + B_ARN + ":live because "
                            + "no resource-based policy allows the lambda:InvokeFunction action");
                });
        assertThatThrownBy(() -> asA.publishVersion(r -> r.functionName(B + ":function:orders")))
                .isInstanceOfSatisfying(LambdaException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .contains("lambda:PublishVersion on resource: " + B_ARN + " because"));
    }

    @Test
    void aBareNameResolvesInTheCallersOwnAccount() {
        assertThatThrownBy(() -> asA.getFunction(r -> r.functionName("orders")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("Function not found: arn:aws:lambda:us-east-1:" + A + ":function:orders");
        assertThatThrownBy(() -> asB.getFunction(r -> r.functionName("tuner")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> asA.getFunction(r -> r.functionName("arn:aws:lambda:us-east-1:" + A
                + ":function:orders"))).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void theOwnAccountReachesItsFunctionByNameOrArnAndListsOnlyItsOwn() {
        assertThat(asB.getFunctionConfiguration(r -> r.functionName("orders")).functionArn()).isEqualTo(B_ARN);
        assertThat(asB.updateFunctionConfiguration(r -> r.functionName(B_ARN).memorySize(512)).memorySize())
                .isEqualTo(512);
        assertThat(asB.listFunctions().functions()).extracting(FunctionConfiguration::functionName)
                .containsExactly("orders");
        assertThat(asA.listFunctions().functions()).extracting(FunctionConfiguration::functionName)
                .containsExactly("tuner");
        assertThat(lambda.functionArn("orders")).isEqualTo(B_ARN);
    }

    private LambdaClient client(String accessKey) {
        return LambdaClient.builder().endpointOverride(lambda.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, "secret")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())).build();
    }
}
