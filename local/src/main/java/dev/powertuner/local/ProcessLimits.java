package dev.powertuner.local;

import dev.powertuner.local.process.CpuCapacity;
import dev.powertuner.local.process.EnvironmentShape;

/**
 * How this Local Lambda limits process-mode environments, for the run's output.
 *
 * @param applied     whether CPU share and memory limit are applied
 * @param mechanism   cgroup v1, cgroup v2, systemd-run, or why nothing is applied
 * @param cores       the CPUs environments share
 * @param waits       invocations and INIT phases that waited for CPU capacity so far
 */
public record ProcessLimits(boolean applied, String mechanism, double cores, CpuCapacity.Waits waits) {

    /** The memory sizes whose Lambda CPU share (above {@code cores}) this machine cannot give. */
    public boolean capped(int memoryMb) {
        return EnvironmentShape.capped(memoryMb, cores);
    }
}
