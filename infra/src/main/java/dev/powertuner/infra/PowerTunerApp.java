package dev.powertuner.infra;

import dev.powertuner.cdk.PowerTunerProps;
import dev.powertuner.statemachine.TunerStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.lambda.Code;

/**
 * The ready CDK app: {@code cd infra && npx aws-cdk synth} (or run this main with {@code CDK_OUTDIR}). Context keys
 * configure the tuner (see {@link PowerTunerStack#propsFromContext}); {@code stackName} names the stack (default
 * {@code powertuner}); {@code handlerJar} replaces the handler jar that the powertuner-cdk library carries. With
 * {@code tunerAccountIds} or {@code tunerRoleArns} it deploys the cross-account target role instead
 * ({@link TargetRoleStack}, default name {@code powertuner-target-role}).
 */
public final class PowerTunerApp {
    private PowerTunerApp() {
    }

    public static void main(String[] args) {
        App app = new App();
        stack(app);
        app.synth();
    }

    /** Adds the stack configured by the app's context to the app. */
    static Stack stack(App app) {
        if (ContextProps.targetRoleRequested(app.getNode())) {
            return new TargetRoleStack(app, stackName(app, "powertuner-target-role"),
                    ContextProps.readTargetRole(app.getNode()));
        }
        PowerTunerProps.Builder props = PowerTunerStack.propsFromContext(app);
        Object jarContext = app.getNode().tryGetContext("handlerJar");
        if (jarContext != null) {
            Path jar = Paths.get(String.valueOf(jarContext));
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("handlerJar " + jar + " does not exist");
            }
            props.code(Code.fromAsset(jar.toAbsolutePath().normalize().toString()));
        }
        return new PowerTunerStack(app, stackName(app, TunerStack.DEFAULT_NAME), props.build());
    }

    private static String stackName(App app, String fallback) {
        Object name = app.getNode().tryGetContext("stackName");
        return name != null ? String.valueOf(name) : fallback;
    }
}
