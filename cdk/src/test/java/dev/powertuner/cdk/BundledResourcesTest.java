package dev.powertuner.cdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.powertuner.statemachine.TunerStep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.lambda.Code;

/** The jar carries the handler jar, which becomes the default code asset. */
class BundledResourcesTest {
    @TempDir
    Path temp;

    @Test
    void handlerJarIsExtractedOnceIntoADirectoryNamedByItsContent() throws Exception {
        Path first = BundledResources.extract(BundledResources.HANDLER_JAR, temp);
        Path second = BundledResources.extract(BundledResources.HANDLER_JAR, temp);

        assertThat(second).isEqualTo(first);
        assertThat(first.getFileName()).hasToString("powertuner-functions-lambda.jar");
        assertThat(first.getParent().getFileName().toString()).matches("powertuner-cdk-[0-9a-f]{16}");
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files).containsExactly(first.getParent());
        }
        try (ZipFile jar = new ZipFile(first.toFile())) {
            for (TunerStep spec : TunerStep.values()) {
                assertThat(jar.getEntry(spec.handler().replace('.', '/') + ".class")).as(spec.handler()).isNotNull();
            }
            assertThat(jar.getEntry("software/amazon/awssdk/services/sts/StsClient.class")).isNotNull();
        }
    }

    @Test
    void defaultCodeIsTheBundledJarWhoseAssetHashDoesNotDependOnWhereItWasExtracted() {
        Path elsewhere = BundledResources.extract(BundledResources.HANDLER_JAR, temp.resolve("elsewhere"));

        String byDefault = s3Key(PowerTunerProps.builder().build());
        String extractedElsewhere = s3Key(PowerTunerProps.builder().code(Code.fromAsset(elsewhere.toString())).build());

        assertThat(byDefault).endsWith(".jar").isEqualTo(extractedElsewhere);
        assertThat(s3Key(Synth.props().build())).isNotEqualTo(byDefault);
    }

    @Test
    void aJarWithoutTheResourceSaysHowToBuildIt() {
        assertThatThrownBy(() -> BundledResources.extract("absent.jar", temp))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("absent.jar").hasMessageContaining("mvn -pl cdk -am package");
    }

    private static String s3Key(PowerTunerProps props) {
        Map<String, Object> function = Synth.function(Template.fromStack(Synth.stack(props)), TunerStep.EXECUTOR);
        return String.valueOf(((Map<?, ?>) function.get("Code")).get("S3Key"));
    }
}
