package dev.powertuner.local.process;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipFile;

/**
 * What a process-mode function runs.
 *
 * @param runtime   the runtime identifier, e.g. java21 or nodejs20.x
 * @param handler   as Lambda's Handler setting: {@code com.example.Fn::handleRequest}, {@code index.handler},
 *                  {@code app.lambda_handler}; ignored by provided runtimes
 * @param code      a directory, a jar or a zip (extracted as Lambda extracts a deployment package), or null when
 *                  {@code classPath} carries the code
 * @param classPath Java only: directories and jars added to the JVM's class path (the CLI's --class-path)
 */
public record ProcessSpec(String runtime, String handler, Path code, List<Path> classPath) {

    public ProcessSpec {
        classPath = classPath == null ? List.of() : List.copyOf(classPath);
    }

    public LambdaRuntime family() {
        return LambdaRuntime.of(runtime);
    }

    /**
     * Everything checkable before a process starts: the runtime, the code, the handler's form, and the program the
     * runtime needs on this machine. Messages start with the key they are about.
     */
    public void validate() {
        LambdaRuntime family;
        try {
            family = family();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (code != null) {
            checkCode();
        }
        checkHandler(family);
        if (family == LambdaRuntime.JAVA) {
            if (!System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")) {
                throw new IllegalArgumentException("runtime " + runtime + " runs under the official runtime "
                        + "interface client, whose native library is Linux-only; run the handler in-process instead");
            }
            Launcher.ricClassPath();
        } else if (family != LambdaRuntime.PROVIDED) {
            try {
                Launcher.binary(family.binary());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("runtime " + runtime + " needs " + e.getMessage(), e);
            }
        } else {
            checkBootstrap();
        }
    }

    private void checkCode() {
        if (!Files.exists(code)) {
            throw new IllegalArgumentException("code: no such file or directory: " + code);
        }
        String name = code.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isRegularFile(code) && !(name.endsWith(".zip") || name.endsWith(".jar"))) {
            throw new IllegalArgumentException("code must be a directory, a .jar or a .zip: " + code);
        }
    }

    private void checkHandler(LambdaRuntime family) {
        String example;
        String pattern;
        switch (family) {
            case JAVA:
                pattern = "[\\p{L}_$][\\p{L}\\p{N}_$.]*(::[\\p{L}_$][\\p{L}\\p{N}_$]*)?";
                example = "a class name or Class::method, e.g. com.example.Handler::handleRequest";
                break;
            case NODE:
                pattern = "[^\\s]+\\.[\\p{L}_$][\\p{L}\\p{N}_$.]*";
                example = "file.function, e.g. index.handler";
                break;
            case PYTHON:
                pattern = "[^\\s]+\\.[\\p{L}_][\\p{L}\\p{N}_]*";
                example = "module.function, e.g. app.lambda_handler";
                break;
            default:
                return;
        }
        if (handler == null || !handler.matches(pattern)) {
            throw new IllegalArgumentException("handler must be " + example + (handler == null ? "" : ", got '"
                    + handler + "'"));
        }
    }

    private void checkBootstrap() {
        if (code == null) {
            throw new IllegalArgumentException("code is required for runtime " + runtime);
        }
        if (Files.isDirectory(code)) {
            Path bootstrap = code.resolve("bootstrap");
            if (!Files.isRegularFile(bootstrap) || !Files.isExecutable(bootstrap)) {
                throw new IllegalArgumentException("code has no executable 'bootstrap' (runtime " + runtime + "): "
                        + bootstrap + (Files.exists(bootstrap) ? " is not executable; chmod +x it" : " is missing"));
            }
            return;
        }
        try (ZipFile zip = new ZipFile(code.toFile())) {
            if (zip.getEntry("bootstrap") == null) {
                throw new IllegalArgumentException("code has no 'bootstrap' at its root (runtime " + runtime
                        + "): " + code);
            }
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("code is not a readable zip: " + code + ": " + e.getMessage(), e);
        }
    }
}
