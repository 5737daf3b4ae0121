package dev.powertuner.local.limits;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Chooses the limits mechanism a machine supports. */
final class Detection {

    private Detection() {
    }

    /**
     * What detection looks at.
     *
     * @param os          os.name
     * @param cgroupRoot  where cgroups are mounted (/sys/fs/cgroup)
     * @param ownCgroupV2 this process's cgroup v2 path (from /proc/self/cgroup, "0::/path"), or null
     * @param systemdUser whether {@code systemd-run --user --scope} works
     */
    record Host(String os, Path cgroupRoot, String ownCgroupV2, boolean systemdUser) {
        static Host current() {
            String own = Cgroups.read(Path.of("/proc/self/cgroup")).flatMap(Detection::v2Path).orElse(null);
            return new Host(System.getProperty("os.name"), Path.of("/sys/fs/cgroup"), own, false);
        }
    }

    static ResourceLimits detect(Host host) {
        String os = host.os().toLowerCase(Locale.ROOT);
        if (!os.contains("linux")) {
            return new NoLimits(host.os() + " has no cgroups; durations are this machine's full speed at every "
                    + "memory size");
        }
        Path cpu = host.cgroupRoot().resolve("cpu");
        Path memory = host.cgroupRoot().resolve("memory");
        if (Files.exists(cpu.resolve("cpu.cfs_quota_us")) && Files.exists(memory.resolve("memory.limit_in_bytes"))
                && Files.isWritable(cpu) && Files.isWritable(memory)) {
            return new CgroupV1Limits(cpu, memory);
        }
        Optional<Path> delegated = delegatedV2(host);
        if (delegated.isPresent()) {
            return new CgroupV2Limits(delegated.get());
        }
        if (host.systemdUser() || systemdRunWorks()) {
            return new SystemdRunLimits();
        }
        return new NoLimits("no writable cgroup (v1 cpu+memory, or a delegated v2 subtree) and no systemd user "
                + "manager; run as root, or on a systemd desktop");
    }

    /** The cgroup v2 directory whose children may get cpu and memory limits, when this process may write it. */
    private static Optional<Path> delegatedV2(Host host) {
        Path root = host.cgroupRoot();
        if (!Files.exists(root.resolve("cgroup.controllers")) || host.ownCgroupV2() == null) {
            return Optional.empty();
        }
        // The root group is exempt from "no processes in inner groups", so as root we manage children of it.
        Path base = "/".equals(host.ownCgroupV2()) ? root : root.resolve(host.ownCgroupV2().substring(1));
        if (!Files.isWritable(base)) {
            return Optional.empty();
        }
        String enabled = Cgroups.read(base.resolve("cgroup.subtree_control")).orElse("");
        if (!(enabled.contains("cpu") && enabled.contains("memory"))) {
            try {
                Cgroups.write(base.resolve("cgroup.subtree_control"), "+cpu +memory");
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
        return Optional.of(base);
    }

    static Optional<String> v2Path(String procSelfCgroup) {
        for (String line : procSelfCgroup.split("\n")) {
            if (line.startsWith("0::")) {
                return Optional.of(line.substring(3).trim());
            }
        }
        return Optional.empty();
    }

    private static boolean systemdRunWorks() {
        try {
            Process p = new ProcessBuilder("systemd-run", "--user", "--scope", "--quiet", "true")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(5, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
