package dev.powertuner.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.powertuner.core.js.Js;
import dev.powertuner.core.model.TuningInput;
import dev.powertuner.local.function.FunctionDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

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
        LocalOptions.checkTimeScale("--time-scale", local.timeScale);
        input.function = target.target();
        Map<String, String> tunerEnvironment = local.tunerEnvironment();
        ObjectNode executionInput = InputBuilder.build(input, env.stdin());
        InputBuilder.validate(executionInput);
        output.pipeline.checkTarget(target);
        if (Js.truthy(executionInput.get("payloadS3"))) {
            throw new UsageException("--payload-s3 (payloadS3) does not apply to local runs: there is no local S3; "
                    + "use --payload or --payload-file");
        }
        LocalBudget.check(target.definition(), executionInput, local.timeScale);
        Consumer<String> log = local.verbose ? line -> env.err().println("sfn: " + line) : line -> { };
        try (LocalTuner tuner = LocalTuner.start(target, local.timeScale, tunerEnvironment, env, log)) {
            executionInput.put("lambdaARN", tuner.lambda().functionArn(target.target()));
            FunctionDefinition fn = target.definition();
            if (!output.json) {
                env.err().println("powertuner: tuning " + target.target() + " locally (Local Lambda " + tuner.lambda().endpoint()
                        + ", " + MeasurementNotes.mode(fn, tuner.lambda(), local.timeScale) + ")");
            }
            List<Integer> powers = powerValues(executionInput);
            output.notes = () -> MeasurementNotes.of(fn, tuner.lambda(), powers);
            return new ExecutionRunner(env, tuner.sfn(), false, POLL_MILLIS).run(tuner.stateMachineArn(), executionInput, output);
        }
    }

    /** The input's power values (the defaults when it names none), for the notes on capped CPU shares. */
    private static List<Integer> powerValues(JsonNode input) {
        List<Integer> powers = new ArrayList<>();
        for (JsonNode p : input.path("powerValues")) {
            if (p.canConvertToInt()) {
                powers.add(p.asInt());
            }
        }
        return powers.isEmpty() ? TuningInput.DEFAULT_POWER_VALUES : powers;
    }
}
