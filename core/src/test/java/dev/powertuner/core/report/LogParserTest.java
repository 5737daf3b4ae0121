package dev.powertuner.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.powertuner.core.error.LogFormatException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class LogParserTest {

    @Test
    void reportLineIsFoundMidLineInATruncatedTail() {
        LogReport r = LogParser.parse("...t of a long line REPORT RequestId: x\tDuration: 27.55 ms\tBilled Duration: 28 ms"
                + "\tMemory Size: 1024 MB\tMax Memory Used: 472 MB\tInit Duration: 100.99 ms");

        assertThat(r.durationMs()).isEqualTo(27.55);
        assertThat(r.billedDurationMs()).isEqualTo(28);
        assertThat(r.initDurationMs()).isEqualTo(100.99);
        assertThat(r.coldStart()).isTrue();
        assertThat(r.totalDuration()).isEqualTo(27.55 + 100.99);
    }

    @Test
    void snapStartSumsBilledRestoreIntoBilledTime() {
        LogReport r = LogParser.parse("REPORT RequestId: x\tDuration: 469.40 ms\tBilled Duration: 500 ms\tMemory Size: "
                + "1024 MB\tMax Memory Used: 21 MB\tRestore Duration: 474.16 ms\tBilled Restore Duration: 75 ms");

        assertThat(r.billedDuration()).isEqualTo(575);
        assertThat(r.totalDuration()).isEqualTo(943.56);
        assertThat(r.initAndRestore()).isEqualTo(474.16);
    }

    @Test
    void warmJsonReportWithoutInitDurationCountsZero() {
        LogReport r = LogParser.parse("{\"type\":\"platform.report\",\"record\":{\"metrics\":{\"durationMs\":1.5,"
                + "\"billedDurationMs\":2}}}");

        assertThat(r.initDurationMs()).isZero();
        assertThat(r.restoreDurationMs()).isZero();
        assertThat(r.billedDuration()).isEqualTo(2);
        assertThat(r.coldStart()).isFalse();
    }

    @Test
    void unparseableJsonLinesAreSkipped() {
        String tail = "partial {\"type\":\"platform.report\", broken\n"
                + "{\"type\":\"platform.report\",\"record\":{\"metrics\":{\"durationMs\":\"fast\",\"billedDurationMs\":3}}}";

        LogReport r = LogParser.parse(tail);

        assertThat(r.durationMs()).isZero();
        assertThat(r.billedDurationMs()).isEqualTo(3);
    }

    @Test
    void tailWithoutAnyReportIsALogFormatException() {
        assertThatThrownBy(() -> LogParser.parse("just logs")).isInstanceOf(LogFormatException.class)
                .hasMessage("Log contains neither a REPORT line nor a platform.report record");
        assertThatThrownBy(() -> LogParser.parseLogResult(null)).isInstanceOf(LogFormatException.class);
        assertThatThrownBy(() -> LogParser.parse("{\"type\":\"platform.start\"} platform.report"))
                .isInstanceOf(LogFormatException.class);
    }

    @Test
    void logResultIsBase64OfUtf8() {
        String tail = "REPORT RequestId: é\tDuration: 1.00 ms\tBilled Duration: 1 ms";
        String b64 = Base64.getEncoder().encodeToString(tail.getBytes(StandardCharsets.UTF_8));

        assertThat(LogParser.decode(b64)).isEqualTo(tail);
        assertThat(LogParser.parseLogResult(b64).durationMs()).isEqualTo(1.0);
    }
}
