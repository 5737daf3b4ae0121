package dev.powertuner.cli;

import dev.powertuner.core.model.Limits;
import dev.powertuner.core.model.TuningInput;
import dev.powertuner.local.LocalLambda;
import dev.powertuner.local.LocalLambdaMain;
import dev.powertuner.local.function.FunctionDefinition;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code powertuner local-lambda}: Local Lambda's standalone mode, serving until the process is stopped. */
@Command(name = "local-lambda", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serve the Lambda REST API (control plane and Invoke) on 127.0.0.1 until stopped (Ctrl-C).",
            "Point an SDK or the AWS CLI at it with AWS_ENDPOINT_URL_LAMBDA=http://127.0.0.1:PORT."})
final class LocalLambdaCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Option(names = "--port", paramLabel = "N", defaultValue = "9001", description = "Port (0: a free one; default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--functions", paramLabel = "FILE", description = "Functions file: {\"functions\": [{name, memorySize, "
            + "timeout, architecture, description, environment, handler | profile, ...}]}.")
    String functions;

    @Option(names = "--class-path", paramLabel = "PATH",
            description = "Directories and jars (separated by '${sys:path.separator}') holding the handler classes of the "
                    + "functions file.")
    String classPath;

    @Option(names = "--with-tuner", description = "Also host the six powertuner handlers (powertuner-initializer, ...).")
    boolean withTuner;

    @Option(names = "--region", paramLabel = "REGION", description = "Region of the ARNs (default us-east-1).")
    String region;

    @Option(names = "--account-id", paramLabel = "ACCOUNT", description = "Account of the ARNs (default 000000000000).")
    String accountId;

    @Option(names = "--max-memory", paramLabel = "MB", description = "Account memory cap (e.g. 3008; default 10240).")
    Integer maxMemory;

    @Option(names = "--time-scale", paramLabel = "X", description = "Real seconds slept per simulated second of a profile (default 0.01).")
    Double timeScale;

    @Option(names = "--update-delay-ms", paramLabel = "MS",
            description = "How long LastUpdateStatus stays InProgress after an update (default 50).")
    Long updateDelayMs;

    @Option(names = "--activation-delay-ms", paramLabel = "MS", description = "How long a new version stays Pending (default 50).")
    Long activationDelayMs;

    LocalLambdaCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        checkOptions();
        if (functions != null && !Files.isRegularFile(Path.of(functions))) {
            throw new UsageException("--functions: no such file: " + functions);
        }
        try (HandlerClassPath.Scope scope = HandlerClassPath.open(classPath)) {
            if (functions != null) {
                HandlerClassPath.check(functionsFile());
            }
            return serve();
        }
    }

    /** Ranges of the numeric options and a free port, before anything starts. */
    private void checkOptions() {
        if (maxMemory != null) {
            OptionChecks.range("--max-memory", maxMemory.doubleValue(), TuningInput.MIN_MEMORY, TuningInput.MAX_MEMORY,
                    "an account memory cap from " + TuningInput.MIN_MEMORY + " to " + TuningInput.MAX_MEMORY + " MB");
        }
        LocalOptions.checkTimeScale("--time-scale", timeScale);
        String delayRule = "milliseconds from 0 to " + Limits.LAMBDA_MAX_MILLIS + " (the tuner's functions wait for it and"
                + " Lambda stops a function after 15 minutes)";
        OptionChecks.range("--update-delay-ms", updateDelayMs == null ? null : updateDelayMs.doubleValue(), 0,
                Limits.LAMBDA_MAX_MILLIS, delayRule);
        OptionChecks.range("--activation-delay-ms", activationDelayMs == null ? null : activationDelayMs.doubleValue(), 0,
                Limits.LAMBDA_MAX_MILLIS, delayRule);
        if (accountId != null && !accountId.matches("\\d{12}")) {
            throw new UsageException("--account-id '" + accountId + "' is not an AWS account id (12 digits)");
        }
        if (region != null && !region.matches("[a-z]{2}(-[a-z]+)+-\\d{1,2}")) {
            throw new UsageException("--region '" + region + "' is not a region name such as us-east-1");
        }
        OptionChecks.portFree(port);
    }

    private List<FunctionDefinition> functionsFile() {
        try {
            return LocalLambda.readFunctionsFile(Path.of(functions));
        } catch (IOException | RuntimeException e) {
            throw new UsageException("Cannot read the functions file " + functions + ": " + e.getMessage(), e);
        }
    }

    private int serve() throws IOException {
        ByteArrayOutputStream banner = new ByteArrayOutputStream();
        LocalLambda lambda;
        try (PrintStream out = new PrintStream(banner, true, StandardCharsets.UTF_8)) {
            lambda = LocalLambdaMain.start(arguments(), out);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        } catch (BindException e) {
            throw new UsageException("--port " + port + ": the port is already in use on 127.0.0.1; choose another, or"
                    + " --port 0 for a free one", e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Interrupts.Handle handle = env.interrupts().register("Local Lambda on " + lambda.endpoint(), () -> {
            lambda.close();
            stopped.countDown();
        });
        try {
            if (withTuner) {
                LocalTuner.registerTuner(lambda, Map.of()).values().forEach(arn -> env.out().println("  " + arn));
            }
            env.out().print(banner.toString(StandardCharsets.UTF_8));
            env.out().println("Stop with Ctrl-C.");
            env.out().flush();
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            handle.close();
            lambda.close();
        }
        return ExitCodes.OK;
    }

    private String[] arguments() {
        List<String> args = new ArrayList<>(List.of("--port", Integer.toString(port)));
        add(args, "--functions", functions);
        add(args, "--region", region);
        add(args, "--account-id", accountId);
        add(args, "--max-memory", maxMemory);
        add(args, "--time-scale", timeScale);
        add(args, "--update-delay-ms", updateDelayMs);
        add(args, "--activation-delay-ms", activationDelayMs);
        return args.toArray(new String[0]);
    }

    private static void add(List<String> args, String flag, Object value) {
        if (value != null) {
            args.add(flag);
            args.add(value.toString());
        }
    }
}
