package dev.powertuner.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** {@code powertuner local} (wired up when the local module lands). */
@Command(name = "local", mixinStandardHelpOptions = true, description = "Not available yet.")
final class LocalCommand implements Callable<Integer> {
    private final CliEnvironment env;

    LocalCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        env.err().println("powertuner local: not available in this build yet");
        return ExitCodes.FAILED;
    }
}
