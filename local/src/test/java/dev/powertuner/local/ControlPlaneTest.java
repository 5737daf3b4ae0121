package dev.powertuner.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.powertuner.local.function.FunctionDefinition;
import dev.powertuner.local.function.WorkloadProfile;
import dev.powertuner.local.state.FunctionSnapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.AliasConfiguration;
import software.amazon.awssdk.services.lambda.model.CreateAliasResponse;
import software.amazon.awssdk.services.lambda.model.GetFunctionConfigurationResponse;
import software.amazon.awssdk.services.lambda.model.GetFunctionResponse;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.LastUpdateStatus;
import software.amazon.awssdk.services.lambda.model.ListVersionsByFunctionResponse;
import software.amazon.awssdk.services.lambda.model.PublishVersionResponse;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.State;
import software.amazon.awssdk.services.lambda.model.UpdateFunctionConfigurationResponse;

class ControlPlaneTest {
    private LocalLambda lambda;
    private LambdaClient client;

    @BeforeEach
    void start() {
        lambda = LocalLambda.builder().updateDelay(Duration.ZERO).activationDelay(Duration.ZERO)
                .maxMemorySize(3008)
                .function(FunctionDefinition.builder("demo").memorySize(1024).description("original")
                        .environment(Map.of("A", "1")).profile(WorkloadProfile.of(10, 0)).build())
                .start();
        client = TestClients.lambda(lambda.endpoint());
    }

    @AfterEach
    void stop() {
        client.close();
        lambda.close();
    }

    @Test
    void getFunctionConfigurationReportsLatestConfiguration() {
        GetFunctionConfigurationResponse c = client.getFunctionConfiguration(r -> r.functionName("demo"));

        assertThat(c.functionName()).isEqualTo("demo");
        assertThat(c.functionArn()).isEqualTo("arn:aws:lambda:us-east-1:000000000000:function:demo");
        assertThat(c.memorySize()).isEqualTo(1024);
        assertThat(c.description()).isEqualTo("original");
        assertThat(c.version()).isEqualTo("$LATEST");
        assertThat(c.state()).isEqualTo(State.ACTIVE);
        assertThat(c.lastUpdateStatus()).isEqualTo(LastUpdateStatus.SUCCESSFUL);
        assertThat(c.architecturesAsStrings()).containsExactly("x86_64");
        assertThat(c.environment().variables()).containsEntry("A", "1");
    }

    @Test
    void getFunctionAcceptsArnPartialArnAndQualifiedLatest() {
        GetFunctionResponse byArn = client.getFunction(r -> r.functionName(lambda.functionArn("demo")));
        GetFunctionConfigurationResponse partial = client.getFunctionConfiguration(r -> r
                .functionName("000000000000:function:demo").qualifier("$LATEST"));

        assertThat(byArn.configuration().functionName()).isEqualTo("demo");
        assertThat(byArn.code().repositoryType()).isEqualTo("S3");
        assertThat(partial.functionArn()).isEqualTo(lambda.functionArn("demo") + ":$LATEST");
    }

    @Test
    void listFunctionsAndConcurrencyAreReported() {
        lambda.register(FunctionDefinition.builder("other").reservedConcurrency(3).build());

        assertThat(client.listFunctions().functions()).extracting(c -> c.functionName())
                .containsExactly("demo", "other");
        assertThat(client.getFunction(r -> r.functionName("other")).concurrency().reservedConcurrentExecutions())
                .isEqualTo(3);
        assertThat(client.getFunction(r -> r.functionName("demo")).concurrency()).isNull();
    }

    @Test
    void ephemeralStorageCanBeUpdated() {
        client.updateFunctionConfiguration(r -> r.functionName("demo").ephemeralStorage(e -> e.size(2048)));

        assertThat(client.getFunctionConfiguration(r -> r.functionName("demo")).ephemeralStorage().size())
                .isEqualTo(2048);
    }

    @Test
    void unknownFunctionIsResourceNotFound() {
        assertThatThrownBy(() -> client.getFunctionConfiguration(r -> r.functionName("nope")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("Function not found: arn:aws:lambda:us-east-1:000000000000:function:nope");
    }

    @Test
    void updateChangesMemoryDescriptionTimeoutAndEnvironment() {
        UpdateFunctionConfigurationResponse u = client.updateFunctionConfiguration(r -> r.functionName("demo")
                .memorySize(256).description("changed").timeout(60)
                .environment(e -> e.variables(Map.of("B", "2"))));

        GetFunctionConfigurationResponse c = client.getFunctionConfiguration(r -> r.functionName("demo"));
        assertThat(u.memorySize()).isEqualTo(256);
        assertThat(c.memorySize()).isEqualTo(256);
        assertThat(c.description()).isEqualTo("changed");
        assertThat(c.timeout()).isEqualTo(60);
        assertThat(c.environment().variables()).containsExactly(Map.entry("B", "2"));
    }

    @Test
    void memoryOutsideRangeOrAboveAccountCapIsInvalidParameterValue() {
        assertThatThrownBy(() -> client.updateFunctionConfiguration(r -> r.functionName("demo").memorySize(64)))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageContaining("greater than or equal to 128");
        assertThatThrownBy(() -> client.updateFunctionConfiguration(r -> r.functionName("demo")
                .memorySize(10240)))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageContaining("'MemorySize' value failed to satisfy constraint: Member must have value "
                        + "less than or equal to 3008");
    }

    @Test
    void publishSnapshotsConfigurationAndVersionsAreImmutable() {
        client.updateFunctionConfiguration(r -> r.functionName("demo").memorySize(512).description("v1"));
        PublishVersionResponse v1 = client.publishVersion(r -> r.functionName("demo"));
        client.updateFunctionConfiguration(r -> r.functionName("demo").memorySize(2048).description("later"));

        GetFunctionConfigurationResponse c = client.getFunctionConfiguration(r -> r.functionName("demo").qualifier("1"));
        assertThat(v1.version()).isEqualTo("1");
        assertThat(v1.functionArn()).isEqualTo(lambda.functionArn("demo") + ":1");
        assertThat(c.memorySize()).isEqualTo(512);
        assertThat(c.description()).isEqualTo("v1");
        assertThat(c.version()).isEqualTo("1");
    }

    @Test
    void publishWithoutChangesReturnsTheLatestVersion() {
        String first = client.publishVersion(r -> r.functionName("demo")).version();
        String again = client.publishVersion(r -> r.functionName("demo")).version();
        client.updateFunctionConfiguration(r -> r.functionName("demo").description("new"));
        String third = client.publishVersion(r -> r.functionName("demo")).version();

        assertThat(first).isEqualTo("1");
        assertThat(again).isEqualTo("1");
        assertThat(third).isEqualTo("2");
    }

    @Test
    void publishAfterTheLatestVersionWasDeletedCreatesANewVersion() {
        client.publishVersion(r -> r.functionName("demo"));
        client.updateFunctionConfiguration(r -> r.functionName("demo").memorySize(256));
        client.publishVersion(r -> r.functionName("demo"));
        client.deleteFunction(r -> r.functionName("demo").qualifier("2"));

        PublishVersionResponse again = client.publishVersion(r -> r.functionName("demo"));

        assertThat(again.version()).isEqualTo("3");
        assertThat(again.memorySize()).isEqualTo(256);
    }

    @Test
    void publishDescriptionOverridesTheFunctionDescription() {
        PublishVersionResponse v = client.publishVersion(r -> r.functionName("demo").description("release"));

        assertThat(v.description()).isEqualTo("release");
        assertThat(lambda.snapshot("demo").versions()).containsExactly(
                new FunctionSnapshot.Version("1", 1024, "release"));
    }

    @Test
    void aliasesResolveToVersionsAndCanBeUpdatedAndDeleted() {
        client.publishVersion(r -> r.functionName("demo"));
        client.updateFunctionConfiguration(r -> r.functionName("demo").memorySize(256));
        client.publishVersion(r -> r.functionName("demo"));

        CreateAliasResponse created = client.createAlias(r -> r.functionName("demo").name("RAM1024")
                .functionVersion("1"));
        GetFunctionConfigurationResponse viaAlias = client.getFunctionConfiguration(r -> r.functionName("demo")
                .qualifier("RAM1024"));
        client.updateAlias(r -> r.functionName("demo").name("RAM1024").functionVersion("2"));
        String updated = client.getAlias(r -> r.functionName("demo").name("RAM1024")).functionVersion();
        client.deleteAlias(r -> r.functionName("demo").name("RAM1024"));

        assertThat(created.aliasArn()).isEqualTo(lambda.functionArn("demo") + ":RAM1024");
        assertThat(viaAlias.memorySize()).isEqualTo(1024);
        assertThat(viaAlias.version()).isEqualTo("1");
        assertThat(updated).isEqualTo("2");
        assertThatThrownBy(() -> client.getAlias(r -> r.functionName("demo").name("RAM1024")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void typedErrorsCarryTheHttpStatusCodesAwsUses() {
        client.publishVersion(r -> r.functionName("demo"));
        client.createAlias(r -> r.functionName("demo").name("live").functionVersion("1"));
        lambda.faults().throttleControlPlane(1);

        assertThat(status(() -> client.getFunction(r -> r.functionName("demo")))).isEqualTo(429);
        assertThat(status(() -> client.getFunction(r -> r.functionName("missing")))).isEqualTo(404);
        assertThat(status(() -> client.createAlias(r -> r.functionName("demo").name("live").functionVersion("1"))))
                .isEqualTo(409);
        assertThat(status(() -> client.updateFunctionConfiguration(r -> r.functionName("demo").memorySize(8192))))
                .isEqualTo(400);
        assertThat(status(() -> client.updateAlias(r -> r.functionName("demo").name("live").revisionId("stale"))))
                .isEqualTo(412);
        assertThat(status(() -> client.invoke(r -> r.functionName("demo")
                .payload(SdkBytes.fromUtf8String("\"" + "x".repeat(6 * 1024 * 1024) + "\""))))).isEqualTo(413);
    }

    private static int status(Runnable call) {
        try {
            call.run();
        } catch (AwsServiceException e) {
            return e.statusCode();
        }
        throw new AssertionError("no error");
    }

    @Test
    void creatingAnExistingAliasIsResourceConflict() {
        client.publishVersion(r -> r.functionName("demo"));
        client.createAlias(r -> r.functionName("demo").name("live").functionVersion("1"));

        assertThatThrownBy(() -> client.createAlias(r -> r.functionName("demo").name("live").functionVersion("1")))
                .isInstanceOf(ResourceConflictException.class)
                .hasMessageContaining("Alias already exists");
    }

    @Test
    void updatingAMissingAliasIsNotFoundButDeletingOneIsFine() {
        client.publishVersion(r -> r.functionName("demo"));

        assertThatThrownBy(() -> client.updateAlias(r -> r.functionName("demo").name("gone").functionVersion("1")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("Alias not found: " + lambda.functionArn("demo") + ":gone");
        assertThat(client.deleteAlias(r -> r.functionName("demo").name("gone")).sdkHttpResponse().statusCode())
                .isEqualTo(204);
    }

    @Test
    void aliasToMissingVersionIsResourceNotFound() {
        assertThatThrownBy(() -> client.createAlias(r -> r.functionName("demo").name("live").functionVersion("7")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void deleteFunctionWithQualifierDeletesOneVersion() {
        client.publishVersion(r -> r.functionName("demo"));
        client.updateFunctionConfiguration(r -> r.functionName("demo").memorySize(256));
        client.publishVersion(r -> r.functionName("demo"));

        client.deleteFunction(r -> r.functionName("demo").qualifier("1"));

        assertThat(lambda.snapshot("demo").versions()).extracting(FunctionSnapshot.Version::version)
                .containsExactly("2");
        assertThatThrownBy(() -> client.getFunctionConfiguration(r -> r.functionName("demo").qualifier("1")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> client.deleteFunction(r -> r.functionName("demo").qualifier("1")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void versionReferencedByAnAliasCannotBeDeleted() {
        client.publishVersion(r -> r.functionName("demo"));
        client.createAlias(r -> r.functionName("demo").name("live").functionVersion("1"));

        assertThatThrownBy(() -> client.deleteFunction(r -> r.functionName("demo").qualifier("1")))
                .isInstanceOf(ResourceConflictException.class)
                .hasMessageContaining("[live]");
    }

    @Test
    void deleteFunctionWithoutQualifierRemovesTheFunction() {
        client.deleteFunction(r -> r.functionName(lambda.functionArn("demo")));

        assertThatThrownBy(() -> client.getFunction(r -> r.functionName("demo")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void listVersionsPaginatesWithMarkerAndMaxItems() {
        for (int m = 200; m < 200 + 7; m++) {
            int memory = m;
            client.updateFunctionConfiguration(r -> r.functionName("demo").memorySize(memory));
            client.publishVersion(r -> r.functionName("demo"));
        }
        List<String> seen = new ArrayList<>();
        String marker = null;
        int pages = 0;
        do {
            String current = marker;
            ListVersionsByFunctionResponse page = client.listVersionsByFunction(r -> r.functionName("demo")
                    .maxItems(3).marker(current));
            page.versions().forEach(v -> seen.add(v.version()));
            marker = page.nextMarker();
            pages++;
        } while (marker != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactly("$LATEST", "1", "2", "3", "4", "5", "6", "7");
        assertThat(client.listVersionsByFunctionPaginator(r -> r.functionName("demo").maxItems(2)).versions())
                .hasSize(8);
    }

    @Test
    void listAliasesFiltersByVersion() {
        client.publishVersion(r -> r.functionName("demo"));
        client.updateFunctionConfiguration(r -> r.functionName("demo").memorySize(256));
        client.publishVersion(r -> r.functionName("demo"));
        client.createAlias(r -> r.functionName("demo").name("a").functionVersion("1"));
        client.createAlias(r -> r.functionName("demo").name("b").functionVersion("2"));
        client.createAlias(r -> r.functionName("demo").name("c").functionVersion("2"));

        assertThat(client.listAliases(r -> r.functionName("demo")).aliases()).extracting(AliasConfiguration::name)
                .containsExactly("a", "b", "c");
        assertThat(client.listAliases(r -> r.functionName("demo").functionVersion("2")).aliases())
                .extracting(AliasConfiguration::name).containsExactly("b", "c");
        assertThat(client.listAliasesPaginator(r -> r.functionName("demo").maxItems(1)).aliases()).hasSize(3);
    }

    @Test
    void snapshotShowsVersionsAliasesAndLatest() {
        client.updateFunctionConfiguration(r -> r.functionName("demo").memorySize(128).description("x"));
        client.publishVersion(r -> r.functionName("demo"));
        client.createAlias(r -> r.functionName("demo").name("RAM128").functionVersion("1"));
        client.updateFunctionConfiguration(r -> r.functionName("demo").memorySize(1024).description("original"));

        FunctionSnapshot s = lambda.snapshot("demo");

        assertThat(s.memorySize()).isEqualTo(1024);
        assertThat(s.description()).isEqualTo("original");
        assertThat(s.versions()).containsExactly(new FunctionSnapshot.Version("1", 128, "x"));
        assertThat(s.aliases()).containsExactly(Map.entry("RAM128", "1"));
    }
}
