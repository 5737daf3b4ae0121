package dev.powertuner.local.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetectionTest {
    @TempDir
    Path root;

    @Test
    void macOsRunsWithoutLimitsAndSaysWhy() {
        ResourceLimits limits = Detection.detect(new Detection.Host("Mac OS X", root, null, false));

        assertThat(limits.applied()).isFalse();
        assertThat(limits.description()).contains("Mac OS X has no cgroups");
    }

    @Test
    void writableV1CpuAndMemoryControllersAreUsed() throws IOException {
        Files.createDirectories(root.resolve("cpu"));
        Files.createDirectories(root.resolve("memory"));
        Files.writeString(root.resolve("cpu/cpu.cfs_quota_us"), "-1");
        Files.writeString(root.resolve("memory/memory.limit_in_bytes"), "9223372036854771712");

        ResourceLimits limits = Detection.detect(new Detection.Host("Linux", root, null, false));

        assertThat(limits).isInstanceOf(CgroupV1Limits.class);
        assertThat(limits.applied()).isTrue();
    }

    @Test
    void aDelegatedV2SubtreeWithCpuAndMemoryIsUsed() throws IOException {
        Path own = Files.createDirectories(root.resolve("user.slice/app.scope"));
        Files.writeString(root.resolve("cgroup.controllers"), "cpu memory io");
        Files.writeString(own.resolve("cgroup.subtree_control"), "cpu memory");

        ResourceLimits limits = Detection.detect(new Detection.Host("Linux", root, "/user.slice/app.scope", false));

        assertThat(limits).isInstanceOf(CgroupV2Limits.class);
        assertThat(limits.description()).contains("app.scope");
    }

    @Test
    void v2PathIsReadFromProcSelfCgroup() {
        assertThat(Detection.v2Path("12:cpu:/x\n0::/user.slice/a.scope\n")).contains("/user.slice/a.scope");
        assertThat(Detection.v2Path("4:memory:/x\n")).isEmpty();
    }

    @Test
    void v1SandboxWritesQuotaPeriodAndMemoryLimitAndWrapsTheCommand() throws IOException {
        Files.createDirectories(root.resolve("cpu"));
        Files.createDirectories(root.resolve("memory"));
        CgroupV1Limits limits = new CgroupV1Limits(root.resolve("cpu"), root.resolve("memory"));

        try (ResourceLimits.Sandbox sandbox = limits.create("fn", 128, 128 / 1769.0)) {
            Path cpu;
            try (var dirs = Files.list(root.resolve("cpu"))) {
                cpu = dirs.filter(Files::isDirectory).findFirst().orElseThrow();
            }
            assertThat(cpu.getFileName().toString()).startsWith("powertuner-" + ProcessHandle.current().pid() + "-");
            assertThat(Files.readString(cpu.resolve("cpu.cfs_period_us"))).isEqualTo("20000");
            assertThat(Files.readString(cpu.resolve("cpu.cfs_quota_us"))).isEqualTo("1447");
            assertThat(Files.readString(cpu.resolve("cpu.shares"))).isEqualTo("102400");
            assertThat(Files.readString(root.resolve("memory").resolve(cpu.getFileName())
                    .resolve("memory.limit_in_bytes"))).isEqualTo(Long.toString(128L * 1024 * 1024));
            List<String> wrapped = sandbox.wrap(List.of("java", "-version"));
            assertThat(wrapped.subList(0, 2)).containsExactly("/bin/sh", "-c");
            assertThat(wrapped.get(2)).contains(cpu.resolve("cgroup.procs").toString()).endsWith("exec \"$@\"");
            assertThat(wrapped.subList(3, 6)).containsExactly("sh", "java", "-version");
        }
    }

    @Test
    void quotaNeverGoesBelowTheKernelsMinimum() {
        assertThat(CpuQuota.quotaUs(0.01)).isEqualTo(1000);
        assertThat(CpuQuota.quotaUs(2.0)).isEqualTo(40_000);
        assertThat(CpuQuota.percent(1769 / 1769.0)).isEqualTo("100%");
    }

    @Test
    void staleGroupsOfDeadOwnersAreRemovedAndLiveOnesKept() throws IOException {
        Path dead = Files.createDirectories(root.resolve("powertuner-999999999-1-fn"));
        Path live = Files.createDirectories(root.resolve("powertuner-" + ProcessHandle.current().pid() + "-1-fn"));

        Cgroups.removeStale(root);

        assertThat(dead).doesNotExist();
        assertThat(live).exists();
    }
}
