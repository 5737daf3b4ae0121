package dev.powertuner.functions.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.powertuner.core.error.InvalidInputException;
import dev.powertuner.core.error.RoleAssumptionException;
import dev.powertuner.core.port.FunctionControl;
import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;

/** Which credentials sign each Lambda call of a run, read from the SigV4 headers of requests that are never sent. */
class CrossAccountLambdaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROLE = "arn:aws:iam::222222222222:role/powertuner-target";
    private static final String TARGET = "arn:aws:lambda:us-east-1:222222222222:function:target";

    private final RecordingHttpClient http = new RecordingHttpClient();
    private final FakeSts sts = new FakeSts();
    private final AtomicInteger stsClientsBuilt = new AtomicInteger();
    private final CrossAccountLambda lambda = new CrossAccountLambda(
            new SdkFunctionControl("us-east-1", region -> LambdaClient.builder()
                    .region(Region.of(region))
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIATUNER", "s")))
                    .endpointOverride(URI.create("http://lambda.invalid"))
                    .httpClient(http)
                    .build(), new SdkFunctionControl.Poller(ms -> { }, () -> 0L)),
            () -> {
                stsClientsBuilt.incrementAndGet();
                return sts;
            });

    private static JsonNode input(String json) throws Exception {
        return JSON.readTree(json.replace('\'', '"'));
    }

    @Test
    void withoutRoleArnTheTunersOwnCredentialsSignAndStsIsNeverCalled() throws Exception {
        FunctionControl run = lambda.forRun(input("{'lambdaARN':'" + TARGET + "'}"), "exec-1");

        run.configuration(TARGET, null);
        run.invoke(TARGET, "RAM512", "{}");

        assertThat(http.requests()).extracting(RecordingHttpClient::accessKeyOf).containsExactly("AKIATUNER", "AKIATUNER");
        assertThat(http.requests()).allSatisfy(r -> assertThat(RecordingHttpClient.tokenOf(r)).isNull());
        assertThat(sts.requests()).isEmpty();
        assertThat(stsClientsBuilt).hasValue(0);
    }

    @Test
    void withRoleArnEveryCallOnTheTargetIsSignedWithTheRoleAssumedOnceForTheRun() throws Exception {
        // given
        FunctionControl run = lambda.forRun(input("{'lambdaARN':'" + TARGET + "','roleARN':'" + ROLE + "',"
                + "'externalId':'tuner-7f3a'}"), "exec-1");

        // when
        run.configuration(TARGET, null);
        run.updateConfiguration(TARGET, 256, "powertuner");
        run.publishVersion(TARGET, "v");
        run.invoke(TARGET, "RAM256", "{}");

        // then
        assertThat(http.requests()).hasSize(4).allSatisfy(r -> {
            assertThat(RecordingHttpClient.accessKeyOf(r)).isEqualTo("ASIAROLE1");
            assertThat(RecordingHttpClient.tokenOf(r)).isEqualTo("token-1");
        });
        AssumeRoleRequest request = sts.requests().get(0);
        assertThat(sts.requests()).hasSize(1);
        assertThat(request.roleArn()).isEqualTo(ROLE);
        assertThat(request.externalId()).isEqualTo("tuner-7f3a");
        assertThat(request.roleSessionName()).isEqualTo("exec-1");
    }

    @Test
    void credentialsAreNeverCarriedOverToTheNextRunButTheStsClientIs() throws Exception {
        JsonNode withRole = input("{'lambdaARN':'" + TARGET + "','roleARN':'" + ROLE + "'}");

        lambda.forRun(withRole, "exec-1").configuration(TARGET, null);
        lambda.forRun(withRole, "exec-2").configuration(TARGET, null);
        lambda.forRun(input("{'lambdaARN':'" + TARGET + "'}"), "exec-3").configuration(TARGET, null);

        assertThat(sts.requests()).extracting(AssumeRoleRequest::roleSessionName).containsExactly("exec-1", "exec-2");
        assertThat(sts.requests().get(0).externalId()).isNull();
        assertThat(http.requests()).extracting(RecordingHttpClient::accessKeyOf)
                .containsExactly("ASIAROLE1", "ASIAROLE2", "AKIATUNER");
        assertThat(stsClientsBuilt).hasValue(1);
    }

    @Test
    void processorsInTheRolesAccountUseTheRoleAndOthersTheTunersOwnCredentials() throws Exception {
        String pre = "arn:aws:lambda:us-east-1:111111111111:function:pre";
        String post = "arn:aws:lambda:us-east-1:222222222222:function:post";
        FunctionControl run = lambda.forRun(input("{'lambdaARN':'" + TARGET + "','roleARN':'" + ROLE + "',"
                + "'preProcessorARN':'" + pre + "','postProcessorARN':'" + post + "'}"), "exec-1");

        run.invoke(pre, null, "{}");
        run.invoke(TARGET, "RAM128", "{}");
        run.invoke(post, null, "{}");

        List<SdkHttpRequest> requests = http.requests();
        assertThat(requests).extracting(RecordingHttpClient::accessKeyOf)
                .containsExactly("AKIATUNER", "ASIAROLE1", "ASIAROLE1");
    }

    @Test
    void aRoleTheTunerMayNotAssumeFailsNamingTheRoleAndNoLambdaCallIsMade() throws Exception {
        sts.deny(ROLE);
        FunctionControl run = lambda.forRun(input("{'lambdaARN':'" + TARGET + "','roleARN':'" + ROLE + "'}"), "exec-1");

        assertThatThrownBy(() -> run.configuration(TARGET, null))
                .isInstanceOf(RoleAssumptionException.class)
                .hasMessageStartingWith("Cannot assume roleARN " + ROLE + ": AccessDenied: ")
                .hasMessageContaining("is not authorized to perform: sts:AssumeRole");
        assertThat(http.requests()).isEmpty();
    }

    @Test
    void invalidRoleArnOrExternalIdAloneIsRefusedBeforeAnyCall() {
        assertThatThrownBy(() -> lambda.forRun(input("{'lambdaARN':'f','roleARN':'powertuner-target'}"), "exec-1"))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("Invalid roleARN");
        assertThatThrownBy(() -> lambda.forRun(input("{'lambdaARN':'f','externalId':'abc'}"), "exec-1"))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("externalId requires roleARN");
        assertThat(sts.requests()).isEmpty();
        assertThat(http.requests()).isEmpty();
    }

    @Test
    void stsClientUsesTheTunersRegionAndTheOverridableEndpoint() {
        try (StsClient client = SdkClients.sts("eu-central-1",
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIATUNER", "s")),
                URI.create("http://127.0.0.1:4599"))) {
            assertThat(client.serviceClientConfiguration().region()).isEqualTo(Region.EU_CENTRAL_1);
            assertThat(client.serviceClientConfiguration().endpointOverride()).contains(URI.create("http://127.0.0.1:4599"));
        }
    }
}
