package dev.powertuner.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;

/** Runs the CLI through {@link Main} with captured writers and clients pointed at a stub endpoint. */
final class CliHarness {

    private CliHarness() {
    }

    /** What one CLI call produced. */
    record Result(int code, String out, String err) {
    }

    static Result runWithStdin(URI endpoint, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnvironment env = new CliEnvironment(new PrintWriter(out), new PrintWriter(err),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                region -> CliEnvironment.localSfn(endpoint),
                () -> CloudFormationClient.builder().httpClient(UrlConnectionHttpClient.create()).endpointOverride(endpoint)
                        .region(Region.EU_WEST_1)
                        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b"))).build(),
                false, Path.of(System.getProperty("powertuner.root", "..")).toAbsolutePath().normalize());
        int code = Main.execute(args, env);
        return new Result(code, out.toString(), err.toString());
    }

    static Result run(URI endpoint, String... args) {
        return runWithStdin(endpoint, "", args);
    }

    static Result run(String... args) {
        return runWithStdin(URI.create("http://127.0.0.1:9"), "", args);
    }
}
