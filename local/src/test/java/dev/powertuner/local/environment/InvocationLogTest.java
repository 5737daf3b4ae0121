package dev.powertuner.local.environment;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class InvocationLogTest {
    private static final String ID = "8f5e1a2b-0000-4000-8000-000000000001";
    /** Lambda writes log timestamps in UTC with milliseconds. */
    private static final Pattern MILLIS_TIMESTAMP = Pattern.compile("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$");

    @Test
    void textLogIsStartFunctionLinesEndReport() {
        InvocationLog log = new InvocationLog(ID, "$LATEST", false);
        log.log("hello");

        String text = log.finish(InvocationLog.Report.of(12.344, 120.551, 128, 70, "success", null));

        assertThat(text).isEqualTo("START RequestId: " + ID + " Version: $LATEST\nhello\nEND RequestId: " + ID
                + "\nREPORT RequestId: " + ID + "\tDuration: 12.34 ms\tBilled Duration: 133 ms\tMemory Size: 128 MB"
                + "\tMax Memory Used: 70 MB\tInit Duration: 120.55 ms\t\n");
    }

    @Test
    void warmReportHasNoInitDurationAndBillsTheCeiling() {
        InvocationLog.Report r = InvocationLog.Report.of(12.01, null, 1024, 90, "success", null);

        assertThat(new InvocationLog(ID, "3", false).reportLine(r)).isEqualTo("REPORT RequestId: " + ID
                + "\tDuration: 12.01 ms\tBilled Duration: 13 ms\tMemory Size: 1024 MB\tMax Memory Used: 90 MB\t");
    }

    @Test
    void billedDurationIsAtLeastOneMillisecond() {
        assertThat(InvocationLog.Report.of(0.0, null, 128, 60, "success", null).billedDurationMs()).isEqualTo(1);
        assertThat(InvocationLog.Report.of(2.0, null, 128, 60, "success", null).billedDurationMs()).isEqualTo(2);
    }

    @Test
    void maxMemoryUsedNeverExceedsMemorySize() {
        assertThat(InvocationLog.Report.of(1, null, 128, 200, "success", null).maxMemoryUsedMb()).isEqualTo(128);
    }

    @Test
    void timeoutAndOutOfMemoryAddTheirStatus() {
        InvocationLog log = new InvocationLog(ID, "$LATEST", false);

        assertThat(log.reportLine(InvocationLog.Report.of(3000, null, 128, 60, "timeout", "Sandbox.Timedout")))
                .endsWith("\tMax Memory Used: 60 MB\tStatus: timeout\t");
        assertThat(log.reportLine(InvocationLog.Report.of(5, null, 128, 128, "error", "Runtime.OutOfMemory")))
                .endsWith("\tStatus: error\tError Type: Runtime.OutOfMemory\t");
    }

    @Test
    void jsonLogHasPlatformStartFunctionRecordsAndPlatformReport() throws Exception {
        InvocationLog log = new InvocationLog(ID, "7", true);
        log.log("working", LogLevel.WARN);

        String[] lines = log.finish(InvocationLog.Report.of(10.5, 99.999, 512, 80, "success", null)).split("\n");

        ObjectMapper mapper = new ObjectMapper();
        assertThat(lines).hasSize(3);
        assertThat(mapper.readTree(lines[0]).get("type").asText()).isEqualTo("platform.start");
        assertThat(mapper.readTree(lines[0]).at("/record/version").asText()).isEqualTo("7");
        assertThat(mapper.readTree(lines[1]).get("level").asText()).isEqualTo("WARN");
        assertThat(mapper.readTree(lines[1]).get("message").asText()).isEqualTo("working");
        JsonNode report = mapper.readTree(lines[2]);
        assertThat(report.get("type").asText()).isEqualTo("platform.report");
        assertThat(report.at("/record/requestId").asText()).isEqualTo(ID);
        assertThat(report.at("/record/metrics/durationMs").asDouble()).isEqualTo(10.5);
        assertThat(report.at("/record/metrics/initDurationMs").asDouble()).isEqualTo(100.0);
        assertThat(report.at("/record/metrics/billedDurationMs").asLong()).isEqualTo(111);
        assertThat(report.at("/record/metrics/memorySizeMB").asInt()).isEqualTo(512);
        assertThat(report.at("/record/metrics/maxMemoryUsedMB").asInt()).isEqualTo(80);
        assertThat(report.at("/record/status").asText()).isEqualTo("success");
        assertThat(List.of(report.get("time").asText(), mapper.readTree(lines[0]).get("time").asText(),
                mapper.readTree(lines[1]).get("timestamp").asText())).allMatch(MILLIS_TIMESTAMP.asPredicate());
    }

    @Test
    void snapStartReportHasRestoreDurationsInBothFormats() throws Exception {
        InvocationLog.Report r = InvocationLog.Report.of(27.55, null, 1024, 472, "success", null)
                .withRestore(474.16, 75);
        InvocationLog json = new InvocationLog(ID, "2", true);
        String[] lines = json.finish(r).split("\n");

        assertThat(new InvocationLog(ID, "2", false).reportLine(r)).isEqualTo("REPORT RequestId: " + ID
                + "\tDuration: 27.55 ms\tBilled Duration: 28 ms\tMemory Size: 1024 MB\tMax Memory Used: 472 MB"
                + "\tRestore Duration: 474.16 ms\tBilled Restore Duration: 75 ms\t");
        JsonNode metrics = new ObjectMapper().readTree(lines[lines.length - 1]).at("/record/metrics");
        assertThat(metrics.get("restoreDurationMs").asDouble()).isEqualTo(474.16);
        assertThat(metrics.get("billedRestoreDurationMs").asLong()).isEqualTo(75);
        assertThat(metrics.has("initDurationMs")).isFalse();
    }

    @Test
    void tailKeepsTheLastFourKilobytes() {
        String log = "a".repeat(5000) + "END";

        byte[] tail = Base64.getDecoder().decode(InvocationLog.tail(log));

        assertThat(tail).hasSize(4096);
        assertThat(new String(tail, StandardCharsets.UTF_8)).endsWith("aEND");
        assertThat(Base64.getDecoder().decode(InvocationLog.tail("short"))).hasSize(5);
    }
}
