package dev.powertuner.cli;

import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.powertuner.core.model.Js;

/** The shared body of {@code local} and {@code demo}: start the local tuner, then the {@code run} code path. */
final class LocalRun {
    private static final long POLL_MILLIS = 200;

    private LocalRun() {
    }

    static int run(CliEnvironment env, LocalTarget target, TuningInputOptions input, OutputOptions output, LocalOptions local)
            throws InterruptedException {
        if (output.noWait) {
            throw new UsageException("--no-wait does not apply to local runs: the local services stop when the command ends");
        }
        RunCommand.validate(output);
        input.function = target.target();
        Map<String, String> tunerEnvironment = local.tunerEnvironment();
        ObjectNode executionInput = InputBuilder.build(input, env.stdin());
        InputBuilder.validate(executionInput);
        if (Js.truthy(executionInput.get("payloadS3"))) {
            throw new UsageException("--payload-s3 (payloadS3) does not apply to local runs: there is no local S3; "
                    + "use --payload or --payload-file");
        }
        Consumer<String> log = local.verbose ? line -> env.err().println("sfn: " + line) : line -> { };
        try (LocalTuner tuner = LocalTuner.start(target, local.timeScale, tunerEnvironment, env, log)) {
            executionInput.put("lambdaARN", tuner.lambda().functionArn(target.target()));
            if (!output.json) {
                env.err().println("powertuner: tuning " + target.target() + " locally (Local Lambda " + tuner.lambda().endpoint()
                        + ", time scale " + local.timeScale + ")");
            }
            return new ExecutionRunner(env, tuner.sfn(), false, POLL_MILLIS).run(tuner.stateMachineArn(), executionInput, output);
        }
    }
}
