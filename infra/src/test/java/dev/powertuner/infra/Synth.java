package dev.powertuner.infra;

import dev.powertuner.cdk.PowerTunerProps;
import dev.powertuner.statemachine.TunerStep;
import java.nio.file.Paths;
import java.util.Map;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.lambda.Code;

/** Test support: props with a dummy code asset, the app's stack, and a function's environment in a template. */
final class Synth {
    private Synth() {
    }

    static PowerTunerProps.Builder props() {
        return PowerTunerProps.builder()
                .code(Code.fromAsset(Paths.get("src", "test", "resources", "dummy-handler").toString()));
    }

    static PowerTunerStack stack(PowerTunerProps props) {
        return new PowerTunerStack(new App(), "PowerTunerTest", props);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> environment(Template template, TunerStep spec) {
        for (Map<String, Object> function : template.findResources("AWS::Lambda::Function").values()) {
            Map<String, Object> props = (Map<String, Object>) function.get("Properties");
            if (spec.handler().equals(props.get("Handler"))) {
                return (Map<String, Object>) ((Map<String, Object>) props.get("Environment")).get("Variables");
            }
        }
        throw new AssertionError("no function with handler " + spec.handler());
    }
}
