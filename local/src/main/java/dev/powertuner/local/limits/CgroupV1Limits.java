package dev.powertuner.local.limits;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** cgroup v1 with the {@code cpu} and {@code memory} controllers mounted and writable (usually: root). */
final class CgroupV1Limits implements ResourceLimits {
    private static final long MB = 1024L * 1024;
    private final Path cpuRoot;
    private final Path memoryRoot;

    CgroupV1Limits(Path cpuRoot, Path memoryRoot) {
        this.cpuRoot = cpuRoot;
        this.memoryRoot = memoryRoot;
    }

    @Override
    public Sandbox create(String label, int memoryMb, double vcpu) {
        String name = Cgroups.newName(label);
        Path cpu = cpuRoot.resolve(name);
        Path memory = memoryRoot.resolve(name);
        Cgroups.mkdir(cpu);
        Cgroups.mkdir(memory);
        Sandbox sandbox = new V1Sandbox(cpu, memory);
        try {
            Cgroups.write(cpu.resolve("cpu.cfs_period_us"), Long.toString(CpuQuota.PERIOD_US));
            Cgroups.write(cpu.resolve("cpu.shares"), Long.toString(CpuQuota.V1_SHARES));
            sandbox.cpu(vcpu);
            Cgroups.write(memory.resolve("memory.limit_in_bytes"), Long.toString(memoryMb * MB));
            if (Files.exists(memory.resolve("memory.memsw.limit_in_bytes"))) {
                // no swap: Lambda has none, and swapping would hide a breach
                Cgroups.write(memory.resolve("memory.memsw.limit_in_bytes"), Long.toString(memoryMb * MB));
            }
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
        return "cgroup v1 (" + cpuRoot + ", " + memoryRoot + ")";
    }

    @Override
    public void removeStale() {
        Cgroups.removeStale(cpuRoot);
        Cgroups.removeStale(memoryRoot);
    }

    private static final class V1Sandbox implements Sandbox {
        private final Path cpu;
        private final Path memory;

        V1Sandbox(Path cpu, Path memory) {
            this.cpu = cpu;
            this.memory = memory;
        }

        @Override
        public List<String> wrap(List<String> command) {
            return Cgroups.enterAndExec(List.of(cpu.resolve("cgroup.procs"), memory.resolve("cgroup.procs")),
                    command);
        }

        @Override
        public void cpu(double vcpu) {
            Cgroups.write(cpu.resolve("cpu.cfs_quota_us"), Long.toString(CpuQuota.quotaUs(vcpu)));
        }

        @Override
        public long peakMemoryBytes() {
            return Cgroups.readLong(memory.resolve("memory.max_usage_in_bytes"));
        }

        @Override
        public boolean oomKilled() {
            Path control = memory.resolve("memory.oom_control");
            return Cgroups.keyed(control, "oom_kill") > 0 || Cgroups.keyed(control, "under_oom") > 0;
        }

        @Override
        public void close() {
            Cgroups.destroy(memory);
            Cgroups.destroy(cpu);
        }
    }
}
