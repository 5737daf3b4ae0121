package dev.powertuner.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import dev.powertuner.local.FunctionDefinition;
import dev.powertuner.local.LocalLambda;
import dev.powertuner.local.sfn.Definitions;
import dev.powertuner.local.sfn.LocalStepFunctions;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * The whole tuner on this machine: Local Lambda hosting the six handlers in-process plus the target, and the local
 * Step Functions server running the real ASL. Closing it stops both.
 */
final class LocalTuner implements AutoCloseable {
    static final String ASL_RESOURCE = "/dev/powertuner/cli/powertuner.asl.json";
    static final String STATE_MACHINE_NAME = "powertuner";
    static final int TOTAL_EXECUTION_TIMEOUT = 900;
    private static final String[][] STEPS = {
        {"InitializerArn", "powertuner-initializer", "InitializerHandler"},
        {"PublisherArn", "powertuner-publisher", "PublisherHandler"},
        {"ExecutorArn", "powertuner-executor", "ExecutorHandler"},
        {"CleanerArn", "powertuner-cleaner", "CleanerHandler"},
        {"AnalyzerArn", "powertuner-analyzer", "AnalyzerHandler"},
        {"OptimizerArn", "powertuner-optimizer", "OptimizerHandler"},
    };
    private static final int TUNER_MEMORY = 1024;
    private static final long RETRY_INTERVAL_MILLIS = 200;

    private final LocalLambda lambda;
    private final LocalStepFunctions stepFunctions;
    private final SfnClient sfn;
    private final String stateMachineArn;
    private final Thread shutdownHook;

    private LocalTuner(LocalLambda lambda, LocalStepFunctions stepFunctions, SfnClient sfn, String stateMachineArn) {
        this.lambda = lambda;
        this.stepFunctions = stepFunctions;
        this.sfn = sfn;
        this.stateMachineArn = stateMachineArn;
        this.shutdownHook = new Thread(this::stop, "powertuner-local-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts both services, registers the tuner and the target functions and creates the state machine. */
    static LocalTuner start(LocalTarget target, double timeScale, Map<String, String> tunerEnvironment, CliEnvironment env,
                            Consumer<String> log) {
        LocalLambda lambda = LocalLambda.builder().timeScale(timeScale).start();
        LocalStepFunctions stepFunctions = null;
        try {
            Map<String, String> arns = registerTuner(lambda, tunerEnvironment);
            target.functions().forEach(lambda::register);
            stepFunctions = LocalStepFunctions.start(LocalStepFunctions.options().lambdaEndpoint(lambda.endpoint())
                    .nodeModules(env.root().resolve("node_modules")).retryIntervalMillis(RETRY_INTERVAL_MILLIS).log(log));
            SfnClient sfn = CliEnvironment.localSfn(stepFunctions.endpoint());
            String definition = Definitions.render(asl(), arns, TOTAL_EXECUTION_TIMEOUT);
            String arn = sfn.createStateMachine(b -> b.name(STATE_MACHINE_NAME).definition(definition)
                    .roleArn("arn:aws:iam::" + lambda.accountId() + ":role/powertuner")).stateMachineArn();
            return new LocalTuner(lambda, stepFunctions, sfn, arn);
        } catch (RuntimeException e) {
            if (stepFunctions != null) {
                stepFunctions.close();
            }
            lambda.close();
            throw e;
        }
    }

    /** Registers the six tuner handlers in-process with {@code environment}; returns their ARNs by ASL placeholder name. */
    static Map<String, String> registerTuner(LocalLambda lambda, Map<String, String> environment) {
        Map<String, String> arns = new LinkedHashMap<>();
        for (String[] step : STEPS) {
            lambda.register(FunctionDefinition.builder(step[1]).memorySize(TUNER_MEMORY).timeout(TOTAL_EXECUTION_TIMEOUT)
                    .environment(environment).handler("dev.powertuner.functions." + step[2]).build());
            arns.put(step[0], lambda.functionArn(step[1]));
        }
        return arns;
    }

    static String asl() {
        try (InputStream in = LocalTuner.class.getResourceAsStream(ASL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The state machine definition " + ASL_RESOURCE + " is not on the class path; "
                        + "rebuild the CLI (mvn -pl cli -am package)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    LocalLambda lambda() {
        return lambda;
    }

    SfnClient sfn() {
        return sfn;
    }

    String stateMachineArn() {
        return stateMachineArn;
    }

    /** Stops both services; also runs when the JVM is stopped (Ctrl-C, kill) so no node process is left behind. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException ignored) {
            // the JVM is shutting down and the hook runs stop() itself
        }
        stop();
    }

    private void stop() {
        sfn.close();
        stepFunctions.close();
        lambda.close();
    }
}
