package dev.powertuner.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.powertuner.statemachine.TunerStep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class PowerTunerAppTest {
    @TempDir
    Path target;

    @Test
    void appBuildsTheTunerStackNamedInContextFromTheGivenJar() throws Exception {
        Path jar = Files.write(target.resolve("handlers.jar"), new byte[] {'P', 'K', 5, 6});
        App app = App.Builder.create().context(Map.of("handlerJar", jar.toString(), "stackName", "tuner-dev",
                "PowerValues", "256,1024")).build();

        Stack stack = PowerTunerApp.stack(app);

        assertThat(stack).isInstanceOf(PowerTunerStack.class);
        assertThat(stack.getStackName()).isEqualTo("tuner-dev");
        assertThat(Synth.environment(Template.fromStack(stack), TunerStep.EXECUTOR))
                .containsEntry("defaultPowerValues", "256,1024");
    }

    @Test
    void withoutHandlerJarTheAppUsesTheJarTheLibraryCarries() {
        Stack stack = PowerTunerApp.stack(new App());

        assertThat(stack.getStackName()).isEqualTo("powertuner");
        Template.fromStack(stack).hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Handler", TunerStep.EXECUTOR.handler(),
                "Code", Match.objectLike(Map.of("S3Key", Match.stringLikeRegexp("[0-9a-f]{64}\\.jar"))))));
    }

    @Test
    void tunerAccountIdsInContextDeployTheTargetRoleInstead() {
        App app = App.Builder.create().context(Map.of("tunerAccountIds", "111111111111", "externalId", "tuner-7f3a"))
                .build();

        Stack stack = PowerTunerApp.stack(app);

        assertThat(stack).isInstanceOf(TargetRoleStack.class);
        assertThat(stack.getStackName()).isEqualTo("powertuner-target-role");
        Template template = Template.fromStack(stack);
        template.resourceCountIs("AWS::Lambda::Function", 0);
        template.hasResourceProperties("AWS::IAM::Role", Match.objectLike(Map.of(
                "RoleName", "powertuner-target",
                "AssumeRolePolicyDocument", Match.objectLike(Map.of("Statement", List.of(Match.objectLike(Map.of(
                        "Condition", Map.of("StringEquals", Map.of("sts:ExternalId", "tuner-7f3a"))))))))));
        assertThat(template.findOutputs("RoleARN")).containsKey("RoleARN");
    }

    @Test
    void cdkJsonRunsThisAppWithoutNeedingAPrePopulatedMavenRepository() throws Exception {
        // deploy.md installs the libraries first, so aws-cdk-lib may be there but exec-maven-plugin not yet
        String app = new ObjectMapper().readTree(Path.of("cdk.json").toFile()).get("app").asText();

        assertThat(app).contains("mvn ").contains(" compile exec:java");
        assertThat(app.split(" ")).doesNotContain("-o", "--offline");
        assertThat(Files.readString(Path.of("pom.xml"))).contains("<mainClass>" + PowerTunerApp.class.getName());
    }

    @Test
    void missingHandlerJarInContextIsNamed() {
        App app = App.Builder.create().context(Map.of("handlerJar", target.resolve("nope.jar").toString())).build();

        assertThatThrownBy(() -> PowerTunerApp.stack(app)).hasMessageContaining("handlerJar");
    }
}
