package dev.powertuner.local.limits;

import java.nio.file.Path;
import java.util.List;

/**
 * A cgroup v2 subtree this process may manage (root in a container, or a subtree systemd delegated to the user) with
 * the {@code cpu} and {@code memory} controllers enabled for its children.
 */
final class CgroupV2Limits implements ResourceLimits {
    private static final long MB = 1024L * 1024;
    private final Path parent;

    CgroupV2Limits(Path parent) {
        this.parent = parent;
    }

    @Override
    public Sandbox create(String label, int memoryMb, double vcpu) {
        Path dir = parent.resolve(Cgroups.newName(label));
        Cgroups.mkdir(dir);
        Sandbox sandbox = new V2Sandbox(dir);
        try {
            sandbox.cpu(vcpu);
            Cgroups.write(dir.resolve("cpu.weight"), Long.toString(CpuQuota.V2_WEIGHT));
            Cgroups.write(dir.resolve("memory.max"), Long.toString(memoryMb * MB));
            Cgroups.write(dir.resolve("memory.swap.max"), "0");
            return sandbox;
        } catch (RuntimeException e) {
            sandbox.close();
            throw e;
        }
    }

    @Override
    public boolean applied() {
        return true;
    }

    @Override
    public String description() {
        return "cgroup v2 (" + parent + ")";
    }

    @Override
    public void removeStale() {
        Cgroups.removeStale(parent);
    }

    /** One environment's group; {@code memory.peak} needs Linux 5.19 or newer (else Max Memory Used is current). */
    static final class V2Sandbox implements Sandbox {
        private final Path dir;
        private long highest;

        V2Sandbox(Path dir) {
            this.dir = dir;
        }

        @Override
        public List<String> wrap(List<String> command) {
            return Cgroups.enterAndExec(List.of(dir.resolve("cgroup.procs")), command);
        }

        @Override
        public void cpu(double vcpu) {
            Cgroups.write(dir.resolve("cpu.max"), CpuQuota.quotaUs(vcpu) + " " + CpuQuota.PERIOD_US);
        }

        @Override
        public synchronized long peakMemoryBytes() {
            long peak = Cgroups.readLong(dir.resolve("memory.peak"));
            highest = Math.max(highest, peak >= 0 ? peak : Cgroups.readLong(dir.resolve("memory.current")));
            return highest;
        }

        @Override
        public boolean oomKilled() {
            return Cgroups.keyed(dir.resolve("memory.events"), "oom_kill") > 0;
        }

        @Override
        public void close() {
            Cgroups.destroy(dir);
        }
    }
}
