package dev.powertuner.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** {@code powertuner demo} (wired up when the local module lands). */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Not available yet.")
final class DemoCommand implements Callable<Integer> {
    private final CliEnvironment env;

    DemoCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        env.err().println("powertuner demo: not available in this build yet");
        return ExitCodes.FAILED;
    }
}
