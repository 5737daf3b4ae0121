package dev.powertuner.local.state;

/**
 * Invocation counters of one function (or of the whole service).
 *
 * @param invocations         Invoke calls that reached an execution environment
 * @param coldStarts          invocations that created their environment
 * @param environmentsCreated execution environments created
 * @param errors              invocations that returned a function error
 * @param throttles           Invoke calls rejected with 429
 */
public record InvocationStats(long invocations, long coldStarts, long environmentsCreated, long errors,
                              long throttles) {

    public static final InvocationStats ZERO = new InvocationStats(0, 0, 0, 0, 0);

    public InvocationStats plus(InvocationStats other) {
        return new InvocationStats(invocations + other.invocations, coldStarts + other.coldStarts,
                environmentsCreated + other.environmentsCreated, errors + other.errors, throttles + other.throttles);
    }
}
