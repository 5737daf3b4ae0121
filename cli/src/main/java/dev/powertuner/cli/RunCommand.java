package dev.powertuner.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.powertuner.statemachine.TunerStack;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.sfn.SfnClient;

/** {@code powertuner run}: one tuning execution on AWS Step Functions. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Start a tuning execution on AWS Step Functions, wait for it and print the result.",
            "Region, credentials and endpoint come from the AWS SDK's standard settings (AWS_REGION, AWS_PROFILE, "
                + "AWS_ENDPOINT_URL_SFN, ...); with --state-machine-arn, the region is the ARN's."})
final class RunCommand implements Callable<Integer> {
    static final String STACK_OUTPUT = TunerStack.STATE_MACHINE_OUTPUT;
    private static final long POLL_MILLIS = 2000;

    private final CliEnvironment env;
    /** The endpoint being called, for messages about network errors. */
    private String endpoint;

    @Option(names = "--state-machine-arn", paramLabel = "ARN", description = "The tuner's state machine.")
    String stateMachineArn;

    @Option(names = "--stack", paramLabel = "NAME", defaultValue = TunerStack.DEFAULT_NAME,
            description = "CloudFormation stack whose output StateMachineARN names the state machine (default: ${DEFAULT-VALUE}).")
    String stack;

    @Mixin
    TuningInputOptions input;

    @Mixin
    OutputOptions output;

    RunCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws InterruptedException {
        validate(output);
        ObjectNode executionInput = InputBuilder.build(input, env.stdin());
        InputBuilder.validate(executionInput);
        output.pipeline.checkTarget(executionInput);
        String arn = stateMachineArn == null ? null : AwsErrors.stateMachineArn(stateMachineArn);
        try {
            if (arn == null) {
                arn = stackOutput(stack);
            }
            try (SfnClient sfn = env.sfn().apply(AwsErrors.region(arn))) {
                endpoint = AwsErrors.endpoint(sfn.serviceClientConfiguration(), "states");
                return new ExecutionRunner(env, sfn, true, POLL_MILLIS).run(arn, executionInput, output);
            }
        } catch (SdkException e) {
            throw AwsErrors.translate(e, arn, stack, endpoint);
        }
    }

    static void validate(OutputOptions output) {
        OptionChecks.output(output);
        boolean needsResult = output.html != null || output.maxCost != null || output.maxDuration != null
                || output.expectPower != null || output.maxMonthlyCost != null;
        if (output.noWait && needsResult) {
            throw new UsageException("--no-wait cannot be combined with --html, --max-cost, --max-duration, "
                    + "--max-monthly-cost or --expect-power");
        }
        output.pipeline.validate(output.noWait);
    }

    private String stackOutput(String stackName) {
        try (CloudFormationClient cfn = env.cloudFormation().get()) {
            endpoint = AwsErrors.endpoint(cfn.serviceClientConfiguration(), "cloudformation");
            for (Stack s : cfn.describeStacks(b -> b.stackName(stackName)).stacks()) {
                for (Output o : s.outputs()) {
                    if (STACK_OUTPUT.equals(o.outputKey())) {
                        return o.outputValue();
                    }
                }
            }
        }
        throw new UsageException("--stack " + stackName + ": the stack has no output " + STACK_OUTPUT
                + "; deploy the tuner or pass --state-machine-arn");
    }
}
