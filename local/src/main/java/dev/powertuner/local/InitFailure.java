package dev.powertuner.local;

/** An INIT that failed as Lambda reports it: the invoke answers with this error document. */
final class InitFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient ExecutionEnvironment.Outcome outcome;
    private final double initMs;

    InitFailure(ExecutionEnvironment.Outcome outcome, double initMs) {
        super(outcome.errorType(), null, false, false);
        this.outcome = outcome;
        this.initMs = initMs;
    }

    ExecutionEnvironment.Outcome outcome() {
        return outcome;
    }

    double initMs() {
        return initMs;
    }
}
