package dev.powertuner.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code powertuner local}: the same tuning as {@code run}, on Local Lambda and a local Step Functions server. */
@Command(name = "local", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Tune a simulated or in-process function with no AWS account: Local Lambda hosts the tuner's six "
            + "handlers and the target, a local Step Functions server (Node, aws-local-stepfunctions) runs the real state machine.",
            "--function names the target inside a functions file (default: its first function)."})
final class LocalCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Option(names = "--target", required = true, paramLabel = "profile:K=V,...|FILE",
            description = "profile:cpuMs=400,ioMs=100,memoryMb=150 (keys cpuMs, threads, ioMs, initMs, memoryMb, jitter, "
                    + "errorRate, errorType, seed, architecture) or a Local Lambda functions JSON file.")
    String target;

    @Option(names = "--class-path", paramLabel = "PATH",
            description = "Directories and jars (separated by '${sys:path.separator}') holding the handler classes "
                    + "of a functions file. Their Java handlers then run in process mode (a JVM per execution "
                    + "environment under Lambda's CPU share and memory limit), unless --in-process.")
    String classPath;

    @Option(names = "--in-process",
            description = "Run the --class-path handlers inside this JVM (fast, checks the plumbing, measures nothing "
                    + "Lambda-like) instead of in process mode.")
    boolean inProcess;

    @Mixin
    LocalOptions local;

    @Mixin
    TuningInputOptions input;

    @Mixin
    OutputOptions output;

    LocalCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws InterruptedException {
        LocalTarget parsed = LocalTarget.parse(target, input.function);
        if (classPath != null && !inProcess) {
            return LocalRun.run(env, parsed.inProcessMode(HandlerClassPath.paths(classPath)), input, output, local);
        }
        try (HandlerClassPath.Scope scope = HandlerClassPath.open(classPath)) {
            HandlerClassPath.check(parsed.functions());
            return LocalRun.run(env, parsed, input, output, local);
        }
    }
}
