package dev.powertuner.cdk;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The six tuner functions: handler class (the deployment contract of {@code functions}), the definition's
 * placeholder, and the Lambda actions of their role (docs/deploy.md, "What gets deployed": the reference's actions plus
 * what restoring $LATEST and cleaning up needs).
 */
public enum TunerFunction {
    INITIALIZER("Initializer", List.of("lambda:GetFunctionConfiguration")),
    PUBLISHER("Publisher", publishActions()),
    EXECUTOR("Executor", List.of("lambda:InvokeFunction", "lambda:GetFunctionConfiguration")),
    CLEANER("Cleaner", List.of("lambda:GetAlias", "lambda:DeleteAlias", "lambda:DeleteFunction",
            "lambda:GetFunctionConfiguration", "lambda:UpdateFunctionConfiguration", "lambda:ListVersionsByFunction")),
    ANALYZER("Analyzer", List.of()),
    OPTIMIZER("Optimizer", publishActions());

    private final String stepName;
    private final List<String> lambdaActions;

    TunerFunction(String stepName, List<String> lambdaActions) {
        this.stepName = stepName;
        this.lambdaActions = lambdaActions;
    }

    private static List<String> publishActions() {
        return List.of("lambda:GetAlias", "lambda:GetFunctionConfiguration", "lambda:PublishVersion",
                "lambda:UpdateFunctionConfiguration", "lambda:CreateAlias", "lambda:UpdateAlias");
    }

    /** The state and construct name, e.g. {@code Initializer}. */
    public String stepName() {
        return stepName;
    }

    /** Handler by class name only, so the runtime calls it through {@code RequestStreamHandler}. */
    public String handler() {
        return "dev.powertuner.functions." + stepName + "Handler";
    }

    /** The definition's substitution variable, e.g. {@code InitializerArn} for {@code ${InitializerArn}}. */
    public String placeholder() {
        return stepName + "Arn";
    }

    /** The Lambda actions of all six functions, each once: what a cross-account target role must allow. */
    public static List<String> allLambdaActions() {
        Set<String> actions = new LinkedHashSet<>();
        for (TunerFunction function : values()) {
            actions.addAll(function.lambdaActions());
        }
        return new ArrayList<>(actions);
    }

    /** Lambda API actions on the tuned function; empty for the analyzer. */
    public List<String> lambdaActions() {
        return lambdaActions;
    }
}
