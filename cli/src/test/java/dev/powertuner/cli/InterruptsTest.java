package dev.powertuner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C: one line saying what was stopped, no temporary directory and no process left. */
class InterruptsTest {
    private static final long GUARD_SECONDS = 120;

    @Test
    void interruptStopsWhatIsRegisteredNewestFirstAndSaysSoInOneLine() {
        // given
        Interrupts interrupts = new Interrupts();
        List<String> order = new ArrayList<>();
        interrupts.register("Local Lambda", () -> order.add("lambda"));
        interrupts.register("the server", () -> order.add("server"));
        interrupts.register("nothing", () -> order.add("nothing")).close();
        StringWriter err = new StringWriter();

        // when
        interrupts.interrupted(new PrintWriter(err), "powertuner local");

        // then
        assertThat(order).containsExactly("server", "lambda");
        assertThat(err.toString()).isEqualTo("powertuner local: interrupted; stopped the server, Local Lambda"
                + System.lineSeparator());
    }

    @Test
    void completedCommandPrintsNothingWhenTheJvmStops() {
        Interrupts interrupts = new Interrupts();
        interrupts.register("Local Lambda", () -> { });
        interrupts.completed();
        StringWriter err = new StringWriter();

        interrupts.interrupted(new PrintWriter(err), "powertuner local");

        assertThat(err.toString()).isEmpty();
    }

    @Test
    void interruptedStartUpLeavesNoTemporaryDirectoryAndNoProcess(@TempDir Path tmp) throws Exception {
        // given: `powertuner local` in its own JVM, stopped while the local Step Functions server starts
        Path log = tmp.resolve("cli.log");
        Path temp = Files.createDirectory(tmp.resolve("tmp"));
        Process cli = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + temp, "-Dpowertuner.root=" + System.getProperty("powertuner.root", ".."),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "local", "--target", "profile:cpuMs=10", "--num", "5")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        awaitNodeChild(cli);

        // when: SIGTERM, which runs the shutdown hooks as Ctrl-C's SIGINT does
        cli.destroy();
        assertThat(cli.waitFor(GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();

        // then
        assertThat(Files.readString(log, StandardCharsets.UTF_8))
                .contains("powertuner local: interrupted; stopped Local Lambda and the local Step Functions server");
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("powertuner-sfn"));
        }
        assertThat(ProcessHandle.allProcesses().map(p -> p.info().commandLine().orElse("")))
                .noneMatch(line -> line.contains(temp.toString()));
    }

    /** Waits (at most the guard time) until the CLI has started node with the extracted server script. */
    private static void awaitNodeChild(Process cli) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(GUARD_SECONDS);
        while (cli.descendants().noneMatch(p -> p.info().commandLine().orElse("").contains("sfn-server.mjs"))) {
            if (!cli.isAlive() || System.nanoTime() > deadline) {
                throw new IOException("the CLI never started the local Step Functions server (alive: " + cli.isAlive() + ")");
            }
            Thread.sleep(5);
        }
    }
}
