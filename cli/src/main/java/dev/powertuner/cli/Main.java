package dev.powertuner.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Entry point of the {@code powertuner} command. Exit codes: 0 success, 1 the run failed (or succeeded without a
 * result), 2 usage error, 3 a threshold was breached.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        StartupTrace.mark("main");
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        CliEnvironment env = CliEnvironment.system(out, err);
        env.interrupts().install(err, args.length == 0 || args[0].startsWith("-") ? "powertuner" : "powertuner " + args[0]);
        int code = execute(args, env);
        StartupTrace.mark("command done");
        env.interrupts().completed();
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one command with the given writers and the default AWS clients; returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, CliEnvironment.system(out, err));
    }

    static int execute(String[] args, CliEnvironment env) {
        CommandLine cli = commandLine(env);
        int code = cli.execute(args);
        env.out().flush();
        env.err().flush();
        return code;
    }

    static CommandLine commandLine(CliEnvironment env) {
        CommandLine cli = new CommandLine(new PowerTunerCommand());
        cli.addSubcommand("run", new RunCommand(env));
        cli.addSubcommand("local", new LocalCommand(env));
        cli.addSubcommand("demo", new DemoCommand(env));
        cli.addSubcommand("report", new ReportCommand(env));
        cli.addSubcommand("compare", new CompareCommand(env));
        cli.addSubcommand("local-lambda", new LocalLambdaCommand(env));
        cli.setOut(env.out());
        cli.setErr(env.err());
        cli.setParameterExceptionHandler((ex, args) -> {
            String name = qualifiedName(ex.getCommandLine());
            env.err().println(name + ": " + ex.getMessage());
            if (ex.getCommandLine().getParent() == null && args.length == 0) {
                ex.getCommandLine().usage(env.err());
            } else {
                env.err().println("Try '" + name + " --help' for more information.");
            }
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UsageException) {
                env.err().println("powertuner " + commandLine.getCommandName() + ": " + ex.getMessage());
                env.err().println("Try 'powertuner " + commandLine.getCommandName() + " --help' for more information.");
                return ExitCodes.USAGE;
            }
            env.err().println("powertuner " + commandLine.getCommandName() + ": " + describe(ex));
            return ExitCodes.FAILED;
        });
        return cli;
    }

    /** "powertuner" or "powertuner run". */
    private static String qualifiedName(CommandLine commandLine) {
        return commandLine.getParent() == null ? "powertuner" : "powertuner " + commandLine.getCommandName();
    }

    private static String describe(Exception ex) {
        String message = ex.getMessage();
        return message == null ? ex.getClass().getName() : message;
    }
}
