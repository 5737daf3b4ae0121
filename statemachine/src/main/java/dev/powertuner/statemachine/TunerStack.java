package dev.powertuner.statemachine;

/** What the CLI finds a deployed tuner by: the app's default stack name and the stack's state machine output. */
public final class TunerStack {
    /** The stack name of the CDK app, and of the CLI's {@code --stack}, when none is given. */
    public static final String DEFAULT_NAME = "powertuner";
    /** The stack output naming the state machine (the reference's output key). */
    public static final String STATE_MACHINE_OUTPUT = "StateMachineARN";

    private TunerStack() {
    }
}
