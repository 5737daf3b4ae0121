package dev.powertuner.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionRequest;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.StartExecutionRequest;

/** The {@code run} code path: start an execution, wait with progress, then hand the outcome to {@link Outcome}. */
final class ExecutionRunner {
    private final CliEnvironment env;
    private final SfnClient sfn;
    private final boolean consoleLinks;
    private final long defaultPollMillis;

    /**
     * @param consoleLinks      print the AWS console URL of the execution (false for local runs)
     * @param defaultPollMillis DescribeExecution interval unless --poll-interval-ms says otherwise
     */
    ExecutionRunner(CliEnvironment env, SfnClient sfn, boolean consoleLinks, long defaultPollMillis) {
        this.env = env;
        this.sfn = sfn;
        this.consoleLinks = consoleLinks;
        this.defaultPollMillis = defaultPollMillis;
    }

    int run(String stateMachineArn, ObjectNode input, OutputOptions options) throws InterruptedException {
        StartExecutionRequest.Builder start = StartExecutionRequest.builder()
                .stateMachineArn(stateMachineArn)
                .input(Json.compact(input));
        if (options.executionName != null) {
            start.name(options.executionName);
        }
        String executionArn = sfn.startExecution(start.build()).executionArn();
        StartupTrace.mark("execution started");
        if (options.noWait) {
            env.out().println(executionArn);
            return ExitCodes.OK;
        }
        Progress progress = new Progress(env.err(), options.progressMode(env.stderrTerminal()),
                Progress.totalPowerValues(input));
        if (progress.enabled() && consoleLinks) {
            env.err().println("powertuner: started " + executionArn);
            env.err().println("powertuner: follow it at " + consoleUrl(executionArn));
        }
        DescribeExecutionResponse end;
        if (consoleLinks) {
            String what = "waiting; the execution keeps running on AWS (stop it with: aws stepfunctions stop-execution"
                    + " --execution-arn " + executionArn + ")";
            try (Interrupts.Handle waiting = env.interrupts().register(what, () -> { })) {
                end = await(executionArn, options.pollMillis(defaultPollMillis), progress);
            }
        } else {
            end = await(executionArn, options.pollMillis(defaultPollMillis), progress);
        }
        StartupTrace.mark("execution finished");
        return new Outcome(env, options, consoleLinks).report(end, input);
    }

    private DescribeExecutionResponse await(String executionArn, long pollMillis, Progress progress)
            throws InterruptedException {
        long started = System.nanoTime();
        DescribeExecutionRequest describe = DescribeExecutionRequest.builder().executionArn(executionArn).build();
        Progress.Snapshot last = new Progress.Snapshot(null, 0);
        boolean history = progress.enabled();
        try {
            while (true) {
                DescribeExecutionResponse response = sfn.describeExecution(describe);
                if (!running(response.status())) {
                    return response;
                }
                if (history) {
                    try {
                        Progress.Snapshot next = Progress.snapshot(sfn, executionArn);
                        if (last.state() == null && next.state() != null) {
                            StartupTrace.mark("first state seen: " + next.state());
                        }
                        last = next;
                    } catch (SdkServiceException e) {
                        // no states:GetExecutionHistory permission: show the elapsed time only
                        history = false;
                    }
                }
                if (progress.enabled()) {
                    progress.update(last, (System.nanoTime() - started) / 1_000_000);
                }
                Thread.sleep(pollMillis);
            }
        } finally {
            progress.finish();
        }
    }

    private static boolean running(ExecutionStatus status) {
        return status == ExecutionStatus.RUNNING || status == ExecutionStatus.PENDING_REDRIVE;
    }

    /** The AWS console page of an execution; partition and region are taken from the ARN. */
    static String consoleUrl(String executionArn) {
        String[] parts = executionArn.split(":");
        String partition = parts.length > 1 ? parts[1] : "aws";
        String region = parts.length > 3 ? parts[3] : "us-east-1";
        String domain = switch (partition) {
            case "aws-cn" -> "console.amazonaws.cn";
            case "aws-us-gov" -> "console.amazonaws-us-gov.com";
            default -> "console.aws.amazon.com";
        };
        return "https://" + region + "." + domain + "/states/home?region=" + region + "#/v2/executions/details/" + executionArn;
    }

    static void printLinks(PrintWriter out, String executionArn, boolean console) {
        out.println("execution: " + executionArn);
        if (console) {
            out.println("console: " + consoleUrl(executionArn));
        }
    }
}
