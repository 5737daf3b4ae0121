package dev.powertuner.local.limits;

import java.util.List;

/**
 * How Local Lambda applies Lambda's CPU share and memory limit to an execution environment's process tree: cgroup v1
 * (root), a delegated cgroup v2 subtree, {@code systemd-run --user --scope}, or nothing where none is available.
 * docs/local-lambda.md ("Process mode") says what each needs.
 */
public interface ResourceLimits {

    /** A sandbox for one execution environment: {@code vcpu} of CPU time and {@code memoryMb} for the whole tree. */
    Sandbox create(String name, int memoryMb, double vcpu);

    /** Whether limits are really applied. */
    boolean applied();

    /** One line for the user: the mechanism, or why no limit can be applied. */
    String description();

    /** Removes what this provider left behind for processes that no longer run (an earlier crash). */
    default void removeStale() {
    }

    /** The limits of one environment. */
    interface Sandbox extends AutoCloseable {
        /** The command that starts {@code command} inside the sandbox (it places itself before it execs). */
        List<String> wrap(List<String> command);

        /** Changes the CPU share of a running sandbox (the INIT burst, then the memory's share). */
        void cpu(double vcpu);

        /** Peak memory of the whole tree in bytes, or -1 when unknown. */
        long peakMemoryBytes();

        /** Whether the kernel killed a process of the sandbox for exceeding its memory limit. */
        boolean oomKilled();

        /** Kills every process still in the sandbox and removes it. */
        @Override
        void close();
    }

    /** Finds what this machine supports, in the order cgroup v1, cgroup v2, systemd-run, none. */
    static ResourceLimits detect() {
        return Detection.detect(Detection.Host.current());
    }
}
