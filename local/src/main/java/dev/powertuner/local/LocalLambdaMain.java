package dev.powertuner.local;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Standalone Local Lambda: {@code LocalLambdaMain --port N --functions FILE [--region R] [--account-id A]
 * [--max-memory MB] [--update-delay-ms MS] [--activation-delay-ms MS] [--time-scale X]}. Serves until the process
 * is stopped.
 */
public final class LocalLambdaMain {
    static final String USAGE = "usage: local-lambda [--port N] [--functions FILE] [--region R] [--account-id A] "
            + "[--max-memory MB] [--update-delay-ms MS] [--activation-delay-ms MS] [--time-scale X]";

    private LocalLambdaMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /**
     * Starts the service, prints its endpoint and functions, and blocks until the JVM shuts down.
     *
     * @return 2 for usage errors, 1 when the service cannot start, 0 after shutdown
     */
    public static int run(String[] args, PrintStream out) {
        LocalLambda lambda;
        try {
            lambda = start(args, out);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.println(USAGE);
            return 2;
        } catch (IOException | RuntimeException e) {
            out.println("local-lambda: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            lambda.close();
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            lambda.close();
        }
        return 0;
    }

    /** Parses the arguments, starts the service and prints what it serves; the caller closes it. */
    public static LocalLambda start(String[] args, PrintStream out) throws IOException {
        LocalLambda.Builder builder = LocalLambda.builder();
        Path functions = null;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if ("--help".equals(flag) || "-h".equals(flag)) {
                throw new IllegalArgumentException("Local Lambda: the Lambda REST API on 127.0.0.1");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + flag);
            }
            String value = args[++i];
            try {
                functions = apply(builder, flag, value, functions);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("invalid value for " + flag + ": " + value, e);
            }
        }
        LocalLambda lambda = builder.start();
        try {
            List<String> names = functions == null ? List.of() : lambda.load(functions);
            out.println("Local Lambda listening on " + lambda.endpoint());
            for (String name : names) {
                out.println("  " + lambda.functionArn(name));
            }
            if (lambda.hasProcessFunctions()) {
                ProcessLimits limits = lambda.processLimits();
                out.println("process mode: " + (limits.applied() ? "CPU share and memory limit by " : "")
                        + limits.mechanism());
            }
            out.flush();
            return lambda;
        } catch (IOException e) {
            lambda.close();
            throw new IOException("cannot read functions file " + functions + ": " + e, e);
        } catch (RuntimeException e) {
            lambda.close();
            throw e;
        }
    }

    private static Path apply(LocalLambda.Builder b, String flag, String value, Path functions) {
        switch (flag) {
            case "--port":
                b.port(Integer.parseInt(value));
                return functions;
            case "--functions":
                return Path.of(value);
            case "--region":
                b.region(value);
                return functions;
            case "--account-id":
                b.accountId(value);
                return functions;
            case "--max-memory":
                b.maxMemorySize(Integer.parseInt(value));
                return functions;
            case "--update-delay-ms":
                b.updateDelay(Duration.ofMillis(Long.parseLong(value)));
                return functions;
            case "--activation-delay-ms":
                b.activationDelay(Duration.ofMillis(Long.parseLong(value)));
                return functions;
            case "--time-scale":
                b.timeScale(Double.parseDouble(value));
                return functions;
            default:
                throw new IllegalArgumentException("unknown option " + flag);
        }
    }
}
