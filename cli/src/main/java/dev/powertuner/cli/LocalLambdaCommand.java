package dev.powertuner.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** {@code powertuner local-lambda} (wired up when the local module lands). */
@Command(name = "local-lambda", mixinStandardHelpOptions = true, description = "Not available yet.")
final class LocalLambdaCommand implements Callable<Integer> {
    private final CliEnvironment env;

    LocalLambdaCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        env.err().println("powertuner local-lambda: not available in this build yet");
        return ExitCodes.FAILED;
    }
}
