package dev.powertuner.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.SfnClientBuilder;

/**
 * What a command needs from the outside world: writers, stdin, AWS clients, whether stderr is a terminal and the
 * project root (for {@code node_modules}).
 *
 * @param sfn            a Step Functions client for a region (null: the SDK's default region)
 * @param stderrTerminal true when progress may be drawn on stderr
 * @param root           the project root, from {@code -Dpowertuner.root} (the launcher sets it)
 * @param stdinTerminal  true when stdin is a terminal (nothing is piped in), from {@code -Dpowertuner.stdinTerminal}
 * @param interrupts     what Ctrl-C stops
 */
record CliEnvironment(PrintWriter out, PrintWriter err, InputStream stdin, Function<String, SfnClient> sfn,
                      Supplier<CloudFormationClient> cloudFormation, boolean stderrTerminal, Path root,
                      boolean stdinTerminal, Interrupts interrupts) {

    /** An environment whose stdin is not a terminal. */
    CliEnvironment(PrintWriter out, PrintWriter err, InputStream stdin, Function<String, SfnClient> sfn,
                   Supplier<CloudFormationClient> cloudFormation, boolean stderrTerminal, Path root) {
        this(out, err, stdin, sfn, cloudFormation, stderrTerminal, root, false, new Interrupts());
    }

    /** Default clients: region, credentials and endpoint from the SDK's standard settings. */
    static CliEnvironment system(PrintWriter out, PrintWriter err) {
        return new CliEnvironment(out, err, System.in,
                region -> {
                    SfnClientBuilder builder = SfnClient.builder().httpClient(UrlConnectionHttpClient.create());
                    return region == null ? builder.build() : builder.region(Region.of(region)).build();
                },
                () -> CloudFormationClient.builder().httpClient(UrlConnectionHttpClient.create()).build(),
                Boolean.getBoolean("powertuner.stderrTerminal"),
                Path.of(System.getProperty("powertuner.root", ".")).toAbsolutePath().normalize(),
                Boolean.getBoolean("powertuner.stdinTerminal"), new Interrupts());
    }

    /** A Step Functions client for a local endpoint with dummy credentials (used by {@code local} and tests). */
    static SfnClient localSfn(URI endpoint) {
        return SfnClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
    }

    /**
     * Builds and drops a local Step Functions client on a daemon thread, so that the SDK's classes are loaded and
     * initialised while Local Lambda and the node server start (about half a second of a local run's start-up); the
     * real client, built once the server's port is known, then takes milliseconds. Builds touch no network.
     */
    static void warmUpSfnClient() {
        Thread warmUp = new Thread(() -> localSfn(URI.create("http://127.0.0.1:9")).close(), "sdk-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    CliEnvironment withSfn(Function<String, SfnClient> client) {
        return new CliEnvironment(out, err, stdin, client, cloudFormation, stderrTerminal, root, stdinTerminal, interrupts);
    }
}
