package dev.powertuner.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code powertuner} command; it only groups the subcommands. */
@Command(name = "powertuner", mixinStandardHelpOptions = true, version = "powertuner 0.1.0",
        description = "AWS Lambda power tuning: run on Step Functions, locally, or render and compare results.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the run failed or produced no result", "2:usage error",
            "3:a threshold (--max-cost, --max-duration, --expect-power) or --max-regression was breached"})
final class PowerTunerCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: run, local, demo, report, compare or local-lambda");
    }
}
