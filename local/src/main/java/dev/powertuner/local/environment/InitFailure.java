package dev.powertuner.local.environment;

/** An INIT that failed as Lambda reports it: the invoke answers with this error document. */
public final class InitFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient ExecutionEnvironment.Outcome outcome;
    private final double initMs;

    InitFailure(ExecutionEnvironment.Outcome outcome, double initMs) {
        super(outcome.errorType(), null, false, false);
        this.outcome = outcome;
        this.initMs = initMs;
    }

    public ExecutionEnvironment.Outcome outcome() {
        return outcome;
    }

    public double initMs() {
        return initMs;
    }
}
