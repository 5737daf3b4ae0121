package dev.powertuner.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code powertuner demo}: {@code local} on a built-in function, with an HTML report. */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Tune a built-in demo function locally (no AWS account) and write powertuner-report.html.",
            "The demo function burns 800 ms of CPU at one vCPU on 2 threads, waits 200 ms on I/O, needs 180 MB "
                + "(so 128 MB fails) and starts in 400 ms."})
final class DemoCommand implements Callable<Integer> {
    static final String PROFILE = "cpuMs=800,threads=2,ioMs=200,initMs=400,memoryMb=180,jitter=0.05";
    static final String NAME = "powertuner-demo";
    static final String POWER_VALUES = "128,256,512,1024,1769,3008";
    static final String REPORT = "powertuner-report.html";

    private final CliEnvironment env;

    @Mixin
    LocalOptions local;

    @Mixin
    TuningInputOptions input;

    @Mixin
    OutputOptions output;

    DemoCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (input.function != null) {
            throw new UsageException("demo tunes its built-in function; use 'powertuner local --target ...' for your own");
        }
        boolean defaults = input.input == null;
        if (defaults && input.powerValues == null) {
            input.powerValues = POWER_VALUES;
        }
        if (defaults && input.num == null) {
            input.num = 10;
        }
        if (defaults && input.strategy == null) {
            input.strategy = "balanced";
        }
        if (output.html == null) {
            output.html = REPORT;
        }
        return LocalRun.run(env, LocalTarget.profile(PROFILE, NAME), input, output, local);
    }
}
