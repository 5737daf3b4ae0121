package dev.powertuner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private final StringWriter err = new StringWriter();

    private String[] lines() {
        return err.toString().lines().toArray(String[]::new);
    }

    @Test
    void linesModePrintsEachChangeAndAHeartbeatEveryThirtySeconds() {
        // given
        Progress progress = new Progress(new PrintWriter(err), Progress.Mode.LINES, 6);
        Progress.Snapshot publishing = new Progress.Snapshot("Publisher", 0);
        Progress.Snapshot measuring = new Progress.Snapshot("Branching", 2);

        // when
        progress.update(publishing, 1_000);
        progress.update(publishing, 20_000);
        progress.update(publishing, 31_000);
        progress.update(measuring, 32_000);
        progress.update(measuring, 61_999);
        progress.update(measuring, 62_000);
        progress.finish();

        // then
        assertThat(lines()).containsExactly(
                "powertuner: 0:01 Publisher, 0/6 power values done",
                "powertuner: 0:31 Publisher, 0/6 power values done (still running)",
                "powertuner: 0:32 Branching, 2/6 power values done",
                "powertuner: 1:02 Branching, 2/6 power values done (still running)");
    }

    @Test
    void terminalModeRedrawsOneLineAndEndsIt() {
        Progress progress = new Progress(new PrintWriter(err), Progress.Mode.TERMINAL, null);

        progress.update(new Progress.Snapshot(null, 0), 0);
        progress.update(new Progress.Snapshot("Branching", 1), 65_000);
        progress.finish();

        assertThat(err.toString()).isEqualTo("\rpowertuner: 0:00 starting, 0 power values done\u001b[K"
                + "\rpowertuner: 1:05 Branching, 1 power values done\u001b[K" + System.lineSeparator());
    }

    @Test
    void offModePrintsNothing() {
        Progress progress = new Progress(new PrintWriter(err), Progress.Mode.OFF, 3);

        progress.update(new Progress.Snapshot("Branching", 1), 90_000);
        progress.finish();

        assertThat(err.toString()).isEmpty();
    }
}
