package dev.powertuner.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.powertuner.statemachine.TunerStep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.assertions.Template;

/**
 * examples/cdk-app, copied outside the repository and synthesized against the library installed by this build (an
 * integration test: it runs after the jar is packaged). The tuner contract runs on the template it synthesized.
 */
@Tag("example-app")
class ExampleAppTest extends PowerTunerContract {
    private static final String TARGET_ROLE = "arn:aws:iam::222222222222:role/powertuner-target";
    private static final String TARGET_FUNCTIONS = "arn:aws:lambda:*:222222222222:function:shop-*";

    @TempDir
    static Path work;
    private static ExampleApp app;
    private static Template tuner;

    @BeforeAll
    static void synthesize() throws Exception {
        app = ExampleApp.synthesize(work);
        tuner = app.template("ExampleTuner");
    }

    @Override
    Template template() {
        return tuner;
    }

    @Override
    int expectedTimeout() {
        return 300;
    }

    @Override
    Object expectedLambdaResources() {
        return "*";
    }

    @Override
    List<String> expectedCrossAccountRoleArns() {
        return List.of(TARGET_ROLE);
    }

    @Test
    void exampleDependsOnTheLibraryVersionOfThisBuild() throws Exception {
        assertThat(Files.readString(ExampleApp.source().resolve("pom.xml")))
                .contains("<powertuner.version>" + System.getProperty("powertuner.version") + "</powertuner.version>");
    }

    @Test
    void synthesizedOutsideTheRepositoryWithOnlyTheLibraryItsDefinitionAndTheParentInstalled() throws Exception {
        assertThat(app.directory().startsWith(Synth.root())).as(app.directory() + " is outside the repository").isFalse();
        try (Stream<Path> installed = Files.list(ExampleApp.installedRepository().resolve("dev/powertuner"))) {
            assertThat(installed.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("powertuner-cdk", "powertuner-statemachine", "powertuner-parent");
        }
    }

    @Test
    void functionsRunTheHandlerJarTheLibraryCarries() throws Exception {
        String key = String.valueOf(((Map<?, ?>) Synth.function(tuner, TunerStep.INITIALIZER).get("Code"))
                .get("S3Key"));
        Path asset = app.cloudAssembly().resolve("asset." + key);

        assertThat(asset).isRegularFile();
        try (ZipFile jar = new ZipFile(asset.toFile())) {
            assertThat(jar.getEntry("dev/powertuner/functions/InitializerHandler.class")).isNotNull();
        }
    }

    @Test
    void cloudAssemblyCarriesNoWarningsOrErrors() throws Exception {
        JsonNode manifest = new ObjectMapper().readTree(app.cloudAssembly().resolve("manifest.json").toFile());

        assertThat(manifest.findValues("type")).extracting(JsonNode::asText)
                .doesNotContain("aws:cdk:warning", "aws:cdk:error");
        assertThat(manifest.path("artifacts").has("ExampleTuner")).isTrue();
    }

    @Test
    void targetAccountRoleTrustsTheTunerAccountWithTheExternalIdAndMayOnlyTune() throws Exception {
        Template target = app.template("ExampleTargetRole");

        TargetRoleTemplate.assertTrust(target, List.of(":iam::111111111111:root"), "powertuner-example");
        TargetRoleTemplate.assertPermissions(target, List.of(TARGET_FUNCTIONS, TARGET_FUNCTIONS + ":*"));
    }
}
