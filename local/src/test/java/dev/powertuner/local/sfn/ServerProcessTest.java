package dev.powertuner.local.sfn;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerProcessTest {
    @TempDir
    Path dir;

    @Test
    void theNodeProcessGetsTheLambdaEndpointRegionDummyCredentialsAndNoSdkRetries() {
        LocalStepFunctions.Options options = LocalStepFunctions.options().lambdaEndpoint(URI.create("http://127.0.0.1:9001"))
                .region("eu-west-1").account("123456789012");

        ProcessBuilder builder = ServerProcess.builder(options, dir.resolve("node_modules"), dir);

        Map<String, String> env = builder.environment();
        assertThat(env).containsEntry("AWS_ENDPOINT_URL_LAMBDA", "http://127.0.0.1:9001").containsEntry("AWS_REGION", "eu-west-1")
                .containsEntry("AWS_ACCESS_KEY_ID", "local").containsEntry("AWS_MAX_ATTEMPTS", "1")
                .doesNotContainKeys("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL", "NODE_OPTIONS");
        assertThat(builder.command()).containsSequence("--region", "eu-west-1", "--account", "123456789012")
                .contains("--import", dir.resolve("sfn-server.mjs").toString())
                .doesNotContain("--retry-interval-ms", "--trusted-definitions");
    }

    @Test
    void aRetryIntervalOverrideIsPassedToTheServer() {
        ProcessBuilder builder = ServerProcess.builder(LocalStepFunctions.options().retryIntervalMillis(5), dir, dir);

        assertThat(builder.command()).containsSequence("--retry-interval-ms", "5");
        assertThat(builder.environment()).doesNotContainKey("AWS_ENDPOINT_URL_LAMBDA");
    }

    @Test
    void extractedScriptsAreTheBundledServerAndPolyfillAndAreDeletedQuietly() throws Exception {
        Path scripts = ServerProcess.extractScripts();

        assertThat(Files.readString(scripts.resolve("sfn-server.mjs"))).contains("LISTENING");
        assertThat(Files.readString(scripts.resolve("polyfill.mjs"))).contains("Promise.withResolvers");
        ServerProcess.deleteQuietly(scripts);
        assertThat(scripts).doesNotExist();
    }
}
