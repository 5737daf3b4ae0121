package dev.powertuner.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import software.amazon.awscdk.App;
import software.amazon.awscdk.services.lambda.Code;

/**
 * The CDK app: {@code cd infra && npx aws-cdk synth} (or run this main with {@code CDK_OUTDIR}). Context keys
 * configure the tuner (see {@link PowerTunerStack#propsFromContext}); {@code stackName} names the stack
 * (default {@code powertuner}); {@code handlerJar} overrides the jar found in {@code ../functions/target}.
 */
public final class PowerTunerApp {
    static final String JAR_GLOB = "powertuner-functions-*-lambda.jar";

    private PowerTunerApp() {
    }

    public static void main(String[] args) {
        App app = new App();
        stack(app);
        app.synth();
    }

    /** Adds the stack configured by the app's context to the app. */
    static PowerTunerStack stack(App app) {
        Object jarContext = app.getNode().tryGetContext("handlerJar");
        Path jar = jarContext != null ? Paths.get(String.valueOf(jarContext))
                : findHandlerJar(Paths.get("..", "functions", "target"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("handlerJar " + jar + " does not exist");
        }
        PowerTunerProps props = PowerTunerStack.propsFromContext(app)
                .code(Code.fromAsset(jar.toAbsolutePath().normalize().toString()))
                .build();
        Object stackName = app.getNode().tryGetContext("stackName");
        return new PowerTunerStack(app, stackName != null ? String.valueOf(stackName) : "powertuner", props);
    }

    /** The newest {@code powertuner-functions-<version>-lambda.jar} in the directory, or a clear error. */
    static Path findHandlerJar(Path directory) {
        Path newest = null;
        FileTime newestTime = null;
        if (Files.isDirectory(directory)) {
            try (DirectoryStream<Path> jars = Files.newDirectoryStream(directory, JAR_GLOB)) {
                for (Path jar : jars) {
                    FileTime time = Files.getLastModifiedTime(jar);
                    if (newest == null || time.compareTo(newestTime) > 0) {
                        newest = jar;
                        newestTime = time;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (newest == null) {
            throw new IllegalStateException("No handler jar " + JAR_GLOB + " in " + directory.toAbsolutePath().normalize()
                    + ": build it with mvn -pl functions -am package");
        }
        return newest;
    }
}
