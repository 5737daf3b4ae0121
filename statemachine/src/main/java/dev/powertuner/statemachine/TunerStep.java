package dev.powertuner.statemachine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The six steps of the tuner, the one table of them: state name, handler class (the deployment contract of
 * {@code functions}), the definition's placeholder, the Lambda actions of their role (docs/deploy.md, "What gets
 * deployed": the reference's actions plus what restoring $LATEST and cleaning up needs) and their timeout.
 */
public enum TunerStep {
    INITIALIZER("Initializer", List.of("lambda:GetFunctionConfiguration")),
    PUBLISHER("Publisher", publishActions()),
    EXECUTOR("Executor", List.of("lambda:InvokeFunction", "lambda:GetFunctionConfiguration")),
    CLEANER("Cleaner", List.of("lambda:GetAlias", "lambda:DeleteAlias", "lambda:DeleteFunction",
            "lambda:GetFunctionConfiguration", "lambda:UpdateFunctionConfiguration", "lambda:ListVersionsByFunction")),
    ANALYZER("Analyzer", List.of()),
    OPTIMIZER("Optimizer", publishActions());

    /** The Analyzer only computes: 10 s, whatever the total execution timeout (as the reference). */
    public static final int ANALYZER_TIMEOUT_SECONDS = 10;

    private final String stepName;
    private final List<String> lambdaActions;

    TunerStep(String stepName, List<String> lambdaActions) {
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

    /** The function name of a local run, e.g. {@code powertuner-initializer}. */
    public String localFunctionName() {
        return "powertuner-" + stepName.toLowerCase(Locale.ROOT);
    }

    /** Handler by class name only, so the runtime calls it through {@code RequestStreamHandler}. */
    public String handler() {
        return "dev.powertuner.functions." + stepName + "Handler";
    }

    /** The definition's substitution variable, e.g. {@code InitializerArn} for {@code ${InitializerArn}}. */
    public String placeholder() {
        return stepName + "Arn";
    }

    /** Lambda API actions on the tuned function; empty for the analyzer. */
    public List<String> lambdaActions() {
        return lambdaActions;
    }

    /** The function's timeout and its Task's TimeoutSeconds: the total execution timeout, the Analyzer's 10 s. */
    public int timeoutSeconds(int totalExecutionTimeout) {
        return this == ANALYZER ? ANALYZER_TIMEOUT_SECONDS : totalExecutionTimeout;
    }

    /** The step whose placeholder is {@code name}, with or without the {@code ${}} wrapping. */
    public static Optional<TunerStep> byPlaceholder(String name) {
        for (TunerStep step : values()) {
            if (step.placeholder().equals(name) || ("${" + step.placeholder() + "}").equals(name)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    /** The Lambda actions of all six functions, each once: what a cross-account target role must allow. */
    public static List<String> allLambdaActions() {
        Set<String> actions = new LinkedHashSet<>();
        for (TunerStep step : values()) {
            actions.addAll(step.lambdaActions());
        }
        return new ArrayList<>(actions);
    }
}
