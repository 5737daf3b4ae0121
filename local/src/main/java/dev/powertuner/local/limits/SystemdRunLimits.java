package dev.powertuner.local.limits;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Limits through the user's systemd manager (cgroup v2 desktops, not root): each environment is a transient scope,
 * {@code systemd-run --user --scope -p CPUQuota=… -p MemoryMax=…}.
 */
final class SystemdRunLimits implements ResourceLimits {

    @Override
    public Sandbox create(String label, int memoryMb, double vcpu) {
        return new ScopeSandbox(Cgroups.newName(label), memoryMb, vcpu);
    }

    @Override
    public boolean applied() {
        return true;
    }

    @Override
    public String description() {
        return "systemd-run --user --scope (CPUQuota, MemoryMax)";
    }

    /** Runs a systemctl command, waiting at most 5 s; its output is not needed. */
    static boolean systemctl(String... args) {
        List<String> command = new ArrayList<>(List.of("systemctl", "--user"));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static final class ScopeSandbox implements Sandbox {
        private final String unit;
        private final int memoryMb;
        private double vcpu;

        ScopeSandbox(String unit, int memoryMb, double vcpu) {
            this.unit = unit;
            this.memoryMb = memoryMb;
            this.vcpu = vcpu;
        }

        @Override
        public List<String> wrap(List<String> command) {
            List<String> wrapped = new ArrayList<>(List.of("systemd-run", "--user", "--scope", "--quiet",
                    "--collect", "--unit=" + unit, "-p", "CPUQuota=" + CpuQuota.percent(vcpu),
                    "-p", "MemoryMax=" + memoryMb + "M", "-p", "MemorySwapMax=0", "--"));
            wrapped.addAll(command);
            return wrapped;
        }

        @Override
        public void cpu(double value) {
            this.vcpu = value;
            systemctl("set-property", "--runtime", unit + ".scope", "CPUQuota=" + CpuQuota.percent(value));
        }

        @Override
        public long peakMemoryBytes() {
            Path dir = controlGroup();
            return dir == null ? -1 : Cgroups.readLong(dir.resolve("memory.peak"));
        }

        @Override
        public boolean oomKilled() {
            Path dir = controlGroup();
            return dir != null && Cgroups.keyed(dir.resolve("memory.events"), "oom_kill") > 0;
        }

        private Path controlGroup() {
            Path unitDir = Path.of("/sys/fs/cgroup/user.slice");
            try (var found = java.nio.file.Files.find(unitDir, 8,
                    (p, a) -> p.getFileName().toString().equals(unit + ".scope"))) {
                return found.findFirst().orElse(null);
            } catch (IOException | java.io.UncheckedIOException e) {
                return null;
            }
        }

        @Override
        public void close() {
            systemctl("kill", "--signal=KILL", unit + ".scope");
            systemctl("stop", unit + ".scope");
        }
    }
}
