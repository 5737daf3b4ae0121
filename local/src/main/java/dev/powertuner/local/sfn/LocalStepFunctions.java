package dev.powertuner.local.sfn;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * A local Step Functions service: a {@code node} process running the bundled {@code sfn-server.mjs} on
 * aws-local-stepfunctions, speaking the Step Functions JSON protocol on 127.0.0.1. Task states call Lambda at
 * {@link Options#lambdaEndpoint(URI)} (typically a Local Lambda).
 *
 * <p>Operations: CreateStateMachine, DescribeStateMachine, DeleteStateMachine, StartExecution, DescribeExecution,
 * GetExecutionHistory (reverseOrder, nextToken, maxResults, includeExecutionData), StopExecution, ListExecutions.
 * History events use the AWS shapes (ExecutionStarted, {@code <Type>StateEntered/Exited}, LambdaFunctionScheduled /
 * Started / Succeeded / Failed / TimedOut, MapIterationStarted / Succeeded / Failed, MapStateFailed,
 * ExecutionSucceeded / Failed / Aborted / TimedOut). As on AWS, a function error is named by its {@code errorType} with
 * the error document as its cause, and Lambda API failures of a Task are named {@code Lambda.<Exception>}; the
 * engine's SDK does not retry them (the ASL's Retry does). Differences from AWS: after a Map fails its other iterations
 * are not stopped (the history still ends with the terminal event); no ListStateMachines, tags or Express workflows.
 *
 * <pre>{@code
 * try (LocalStepFunctions sfn = LocalStepFunctions.start(LocalStepFunctions.options().lambdaEndpoint(lambda.endpoint()))) {
 *     SfnClient client = SfnClient.builder().endpointOverride(sfn.endpoint())...build();
 * }
 * }</pre>
 */
public final class LocalStepFunctions implements AutoCloseable {
    private static final int STDERR_TAIL = 40;

    private final Options options;
    private final Process process;
    private final Path scriptDir;
    private final URI endpoint;

    private LocalStepFunctions(Options options, Process process, Path scriptDir, int port) {
        this.options = options;
        this.process = process;
        this.scriptDir = scriptDir;
        this.endpoint = URI.create("http://127.0.0.1:" + port);
    }

    /** Options with the defaults: region us-east-1, account 000000000000, node from PATH, node_modules located. */
    public static Options options() {
        return new Options();
    }

    /** Starts a server with default options and no Lambda endpoint (only Pass/Choice/Map/Wait/Fail machines). */
    public static LocalStepFunctions start() {
        return start(options());
    }

    /**
     * Extracts the scripts, starts node and waits until it listens.
     *
     * @throws IllegalStateException when node or aws-local-stepfunctions is missing, or the server does not start
     */
    public static LocalStepFunctions start(Options options) {
        Path nodeModules = NodeModules.locate(options.nodeModules, System.getProperty(NodeModules.ROOT_PROPERTY),
                System.getenv(), Path.of(System.getProperty("user.dir")));
        Path dir = ServerProcess.extractScripts();
        Process process;
        try {
            process = ServerProcess.builder(options, nodeModules, dir).start();
        } catch (IOException e) {
            ServerProcess.deleteQuietly(dir);
            throw new IllegalStateException("Cannot start '" + options.nodeExecutable
                    + "' (Node 20 or newer must be on the PATH; then run scripts/ensure-node-modules.sh): " + e.getMessage(), e);
        }
        Deque<String> stderrTail = keepStderrTail(process, options);
        CompletableFuture<Integer> port = listeningPort(process, options);
        process.onExit().thenRun(() -> port.completeExceptionally(new IllegalStateException("exited with " + process.exitValue())));
        try {
            return new LocalStepFunctions(options, process, dir, port.get(options.startTimeoutMillis, TimeUnit.MILLISECONDS));
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            ServerProcess.deleteQuietly(dir);
            String tail;
            synchronized (stderrTail) {
                tail = String.join("\n", stderrTail);
            }
            throw new IllegalStateException("The local Step Functions server did not start (" + e.getMessage() + "):\n" + tail, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            ServerProcess.deleteQuietly(dir);
            throw new IllegalStateException("Interrupted while starting the local Step Functions server", e);
        }
    }

    /** Logs the server's stderr and keeps its last lines for the error of a failed start. */
    private static Deque<String> keepStderrTail(Process process, Options options) {
        Deque<String> stderrTail = new ArrayDeque<>();
        ServerProcess.pump(process.getErrorStream(), "sfn-stderr", line -> {
            synchronized (stderrTail) {
                if (stderrTail.size() == STDERR_TAIL) {
                    stderrTail.removeFirst();
                }
                stderrTail.addLast(line);
            }
            options.log.accept(line);
        });
        return stderrTail;
    }

    /** Completes with the port the server prints as {@code LISTENING <port>}; other stdout lines are logged. */
    private static CompletableFuture<Integer> listeningPort(Process process, Options options) {
        CompletableFuture<Integer> port = new CompletableFuture<>();
        ServerProcess.pump(process.getInputStream(), "sfn-stdout", line -> {
            if (line.startsWith("LISTENING ")) {
                port.complete(Integer.parseInt(line.substring("LISTENING ".length()).trim()));
            } else {
                options.log.accept(line);
            }
        });
        return port;
    }

    /** The service endpoint, for {@code SfnClient.builder().endpointOverride(...)}. */
    public URI endpoint() {
        return endpoint;
    }

    /** The region in the ARNs the service returns. */
    public String region() {
        return options.region;
    }

    /** The account in the ARNs the service returns. */
    public String account() {
        return options.account;
    }

    /** The ARN CreateStateMachine returns for {@code name}. */
    public String stateMachineArn(String name) {
        return "arn:aws:states:" + options.region + ":" + options.account + ":stateMachine:" + name;
    }

    /** Whether the node process is still running. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** Stops the node process and deletes the extracted scripts. */
    @Override
    public void close() {
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // already closed
        }
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        ServerProcess.deleteQuietly(scriptDir);
    }

    /** Start options; every setter returns this. */
    public static final class Options {
        private static final System.Logger LOG = System.getLogger(LocalStepFunctions.class.getName());

        Path nodeModules;
        URI lambdaEndpoint;
        String region = "us-east-1";
        String account = "000000000000";
        String nodeExecutable = "node";
        int port;
        long retryIntervalMillis = -1;
        long startTimeoutMillis = 30_000;
        final Set<String> trustedDefinitions = new LinkedHashSet<>();
        Consumer<String> log = line -> LOG.log(line.startsWith("DEBUG ") ? System.Logger.Level.DEBUG
                : System.Logger.Level.WARNING, line);

        private Options() {
        }

        /** The node_modules directory holding aws-local-stepfunctions (default: located, see class doc). */
        public Options nodeModules(Path dir) {
            this.nodeModules = dir;
            return this;
        }

        /** Where Task states invoke Lambda ({@code AWS_ENDPOINT_URL_LAMBDA} of the node process). */
        public Options lambdaEndpoint(URI endpoint) {
            this.lambdaEndpoint = endpoint;
            return this;
        }

        /** Region of the ARNs and of the Lambda client (default us-east-1). */
        public Options region(String value) {
            this.region = value;
            return this;
        }

        /** Account of the ARNs (default 000000000000). */
        public Options account(String value) {
            this.account = value;
            return this;
        }

        /** The node binary (default {@code node} from the PATH). */
        public Options nodeExecutable(String value) {
            this.nodeExecutable = value;
            return this;
        }

        /** The port (default 0: a free one). */
        public Options port(int value) {
            this.port = value;
            return this;
        }

        /** Replaces every Retry interval (IntervalSeconds × BackoffRate^n) by this many milliseconds; unset: as written. */
        public Options retryIntervalMillis(long millis) {
            this.retryIntervalMillis = millis;
            return this;
        }

        /**
         * A definition the caller's build has already validated: CreateStateMachine with exactly this text skips the
         * engine's validation (about a second for a large definition); every other definition is still validated.
         */
        public Options trustedDefinition(String definition) {
            trustedDefinitions.add(sha256(definition));
            return this;
        }

        private static String sha256(String text) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(text.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is missing from this JVM", e);
            }
        }

        /** How long to wait for the server to listen (default 30 s). */
        public Options startTimeoutMillis(long millis) {
            this.startTimeoutMillis = millis;
            return this;
        }

        /** Receives the server's stderr lines (default: a {@link System.Logger}; routine lines at DEBUG, others at WARNING). */
        public Options log(Consumer<String> sink) {
            this.log = sink;
            return this;
        }
    }
}
