package dev.powertuner.cli;

import dev.powertuner.local.LocalLambda;
import dev.powertuner.local.function.FunctionDefinition;
import dev.powertuner.local.sfn.LocalStepFunctions;
import dev.powertuner.statemachine.TunerDefinition;
import dev.powertuner.statemachine.TunerStep;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * The whole tuner on this machine: Local Lambda hosting the six handlers in-process plus the target, and the local
 * Step Functions server running the real ASL. Closing it stops both.
 */
final class LocalTuner implements AutoCloseable {
    static final String STATE_MACHINE_NAME = "powertuner";
    static final int TOTAL_EXECUTION_TIMEOUT = 900;
    private static final int TUNER_MEMORY = 1024;
    private static final long RETRY_INTERVAL_MILLIS = 200;
    /** The script the local Step Functions server runs, and the prefix of the temporary directory it is extracted to. */
    private static final String SFN_SCRIPT = "sfn-server.mjs";
    private static final String SFN_TEMP_PREFIX = "powertuner-sfn";

    private final LocalLambda lambda;
    private final LocalStepFunctions stepFunctions;
    private final SfnClient sfn;
    private final String stateMachineArn;
    private final Interrupts.Handle interruptHandle;

    private LocalTuner(LocalLambda lambda, LocalStepFunctions stepFunctions, SfnClient sfn, String stateMachineArn,
                       Interrupts.Handle interruptHandle) {
        this.lambda = lambda;
        this.stepFunctions = stepFunctions;
        this.sfn = sfn;
        this.stateMachineArn = stateMachineArn;
        this.interruptHandle = interruptHandle;
    }

    /**
     * Starts both services, registers the tuner and the target functions and creates the state machine. From the
     * first moment, Ctrl-C stops whatever has started (the node process too, even while it is starting, and its
     * temporary directory).
     */
    static LocalTuner start(LocalTarget target, double timeScale, Map<String, String> tunerEnvironment, CliEnvironment env,
                            Consumer<String> log) {
        AtomicReference<LocalLambda> lambda = new AtomicReference<>();
        AtomicReference<LocalStepFunctions> stepFunctions = new AtomicReference<>();
        Instant startedAt = Instant.now().minusSeconds(1);
        Runnable stop = () -> {
            stopAll(stepFunctions.get(), lambda.get());
            if (stepFunctions.get() == null) {
                Interrupts.deleteOrphans(SFN_TEMP_PREFIX, startedAt);
            }
        };
        Interrupts.Handle handle = env.interrupts().register("Local Lambda and the local Step Functions server", stop);
        CliEnvironment.warmUpSfnClient();
        try {
            lambda.set(LocalLambda.builder().timeScale(timeScale).start());
            StartupTrace.mark("Local Lambda started");
            Map<TunerStep, String> arns = registerTuner(lambda.get(), tunerEnvironment);
            target.functions().forEach(lambda.get()::register);
            // the tuner's own definition: the statemachine build validated it, so the engine need not again
            String definition = TunerDefinition.render(TunerDefinition.bundled(), TOTAL_EXECUTION_TIMEOUT, arns);
            stepFunctions.set(LocalStepFunctions.start(LocalStepFunctions.options().lambdaEndpoint(lambda.get().endpoint())
                    .nodeModules(env.root().resolve("node_modules")).retryIntervalMillis(RETRY_INTERVAL_MILLIS)
                    .trustedDefinition(definition).log(log)));
            StartupTrace.mark("local Step Functions server started");
            SfnClient sfn = CliEnvironment.localSfn(stepFunctions.get().endpoint());
            StartupTrace.mark("Step Functions client built");
            String arn = sfn.createStateMachine(b -> b.name(STATE_MACHINE_NAME).definition(definition)
                    .roleArn("arn:aws:iam::" + lambda.get().accountId() + ":role/powertuner")).stateMachineArn();
            StartupTrace.mark("state machine created");
            return new LocalTuner(lambda.get(), stepFunctions.get(), sfn, arn, handle);
        } catch (RuntimeException e) {
            handle.close();
            stop.run();
            throw e;
        }
    }

    /**
     * Stops what has started: the node process with its scripts (one still starting has no handle yet: it is found
     * among this process's children), then Local Lambda.
     */
    private static void stopAll(LocalStepFunctions stepFunctions, LocalLambda lambda) {
        if (stepFunctions != null) {
            stepFunctions.close();
        } else {
            Interrupts.stopChildren(SFN_SCRIPT, SFN_TEMP_PREFIX);
        }
        if (lambda != null) {
            lambda.close();
        }
    }

    /** Registers the six tuner handlers in-process with {@code environment}; returns their ARNs by step. */
    static Map<TunerStep, String> registerTuner(LocalLambda lambda, Map<String, String> environment) {
        Map<TunerStep, String> arns = new EnumMap<>(TunerStep.class);
        for (TunerStep step : TunerStep.values()) {
            lambda.register(FunctionDefinition.builder(step.localFunctionName()).memorySize(TUNER_MEMORY)
                    .timeout(step.timeoutSeconds(TOTAL_EXECUTION_TIMEOUT)).environment(environment)
                    .handler(step.handler()).build());
            arns.put(step, lambda.functionArn(step.localFunctionName()));
        }
        return arns;
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

    /** Stops both services. */
    @Override
    public void close() {
        interruptHandle.close();
        sfn.close();
        stopAll(stepFunctions, lambda);
    }
}
