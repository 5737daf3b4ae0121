package dev.powertuner.local.process;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The command line of an execution environment, per runtime family. */
final class Launcher {
    static final String RIC_MAIN = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
    /** One class of each jar the runtime interface client needs at run time (the managed runtime's lib/). */
    private static final List<String> RIC_CLASSES = List.of(RIC_MAIN,
            "com.amazonaws.services.lambda.runtime.Context",
            "com.amazonaws.services.lambda.runtime.serialization.PojoSerializer",
            "software.amazon.awssdk.utilslite.SdkInternalThreadLocal");

    private static String python;

    private Launcher() {
    }

    static List<String> command(ProcessHost host, ProcessSpec spec, Path taskRoot, int memoryMb) {
        switch (spec.family()) {
            case JAVA:
                return java(spec, memoryMb);
            case NODE:
                return List.of(binary("node").toString(), host.bootstrap("node/bootstrap.mjs").toString());
            case PYTHON:
                return List.of(python(), "-u", host.bootstrap("python/bootstrap.py").toString());
            default:
                return List.of(taskRoot.resolve("bootstrap").toString());
        }
    }

    /**
     * The managed java runtimes' JVM: heap 85 %, metaspace 10 % and code cache 5 % of the memory size, SerialGC,
     * class-data sharing, and C1 only (TieredStopAtLevel=1, the default since the java17 runtime). Sources and the
     * observed command line: docs/local-lambda.md, "Java".
     */
    private static List<String> java(ProcessSpec spec, int memoryMb) {
        long kb = memoryMb * 1024L;
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:MaxHeapSize=" + kb * 85 / 100 + "k", "-XX:MaxMetaspaceSize=" + kb * 10 / 100 + "k",
                "-XX:ReservedCodeCacheSize=" + kb * 5 / 100 + "k", "-XX:+UseSerialGC", "-Xshare:auto",
                "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-Djava.net.preferIPv4Stack=true"));
        List<String> classPath = new ArrayList<>(ricClassPath());
        spec.classPath().forEach(p -> classPath.add(p.toAbsolutePath().toString()));
        cmd.add("-cp");
        cmd.add(String.join(File.pathSeparator, classPath));
        cmd.add(RIC_MAIN);
        cmd.add(spec.handler());
        return cmd;
    }

    /**
     * The interpreter python3 really runs: version managers (pyenv) put a shell shim on the PATH that costs a second
     * or more per start, which would show up in every Init Duration.
     */
    static synchronized String python() {
        if (python == null) {
            String shim = binary("python3").toString();
            python = shim;
            try {
                Process p = new ProcessBuilder(shim, "-c", "import sys; print(sys.executable)")
                        .redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                        .trim();
                if (p.waitFor() == 0 && !out.isEmpty() && Files.isExecutable(Path.of(out))) {
                    python = out;
                }
            } catch (java.io.IOException e) {
                // keep the shim
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return python;
    }

    /** The jars of the runtime interface client and its dependencies, from Local Lambda's own class path. */
    static List<String> ricClassPath() {
        List<String> jars = new ArrayList<>();
        for (String name : RIC_CLASSES) {
            try {
                Class<?> type = Class.forName(name, false, Launcher.class.getClassLoader());
                jars.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (ReflectiveOperationException | java.net.URISyntaxException | NullPointerException e) {
                throw new IllegalStateException("Java runtimes need com.amazonaws:aws-lambda-java-runtime-interface-"
                        + "client on Local Lambda's class path (missing " + name + ")", e);
            }
        }
        return jars;
    }

    /** A program on the PATH, or a clear error saying what to install. */
    static Path binary(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("'" + name + "' is not on the PATH: "
                + ("node".equals(name) ? "install Node.js (nodejs.org, or your package manager's nodejs)"
                : "install Python 3 (python.org, or your package manager's python3)")));
    }

    static Optional<Path> find(String name) {
        String path = System.getenv("PATH");
        for (String dir : (path == null ? "" : path).split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
