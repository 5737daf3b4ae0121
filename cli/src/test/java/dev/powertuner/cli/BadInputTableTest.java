package dev.powertuner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of {@code bad-inputs.tsv} (execution inputs, command lines, profile strings, functions files) is refused
 * before anything starts: its exit code, its message fragment, no Java class name, no execution started on the stub
 * endpoint and no local tuner started.
 */
class BadInputTableTest {
    private static final String TABLE = "/bad-inputs.tsv";
    /** A Java class name: a package path ending in a capitalised name, or a simple name ending in Exception or Error. */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(?:java|javax|jdk|sun|dev|com|org|software|picocli)\\.[a-z0-9_]+(?:\\.[A-Za-z0-9_$]+)*\\.[A-Z]\\w*"
                    + "|\\b[A-Z][A-Za-z0-9]*(?:Exception|Error)\\b");
    private static final Pattern FILE = Pattern.compile("\\{FILE:([^{}\\s]*(?:\\{[^{}\\s]*\\}[^{}\\s]*)*)\\}");
    private static final Pattern REPEAT = Pattern.compile("\\{REPEAT:(.):(\\d+)\\}");
    private static final AtomicInteger FILES = new AtomicInteger();

    @TempDir
    static Path tmp;
    private static StubStepFunctions stub;
    private static ServerSocket busy;

    /** One row of the table. */
    record Row(int line, String kind, int code, String fragment, String input) {
        @Override
        public String toString() {
            String shown = input.length() > 90 ? input.substring(0, 87) + "..." : input;
            return "line " + line + " " + kind + ": " + shown;
        }
    }

    @BeforeAll
    static void start() throws IOException {
        stub = new StubStepFunctions();
        busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    }

    @AfterAll
    static void stop() throws IOException {
        stub.close();
        busy.close();
    }

    static Stream<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = BadInputTableTest.class.getResourceAsStream(TABLE)) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", 4);
                rows.add(new Row(i + 1, cells[0], Integer.parseInt(cells[1]), cells[2], cells.length > 3 ? cells[3] : ""));
            }
        }
        return rows.stream();
    }

    @Test
    void theTableHoldsAtLeastAHundredRowsOfEveryKind() throws IOException {
        List<Row> rows = rows().toList();

        assertThat(rows).hasSizeGreaterThanOrEqualTo(100);
        assertThat(rows).extracting(Row::kind).contains("input", "input-text", "args", "profile", "functions")
                .allMatch(kind -> List.of("input", "input-text", "args", "profile", "functions").contains(kind));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void isRefusedBeforeAnythingStartsWithItsMessage(Row row) {
        int started = stub.startRequests.size();
        String[] args = arguments(row);

        CliHarness.Result result = CliHarness.run(stub.endpoint(), args);

        String fragment = row.fragment().replace("{TMP}", tmp.toString());
        if (fragment.contains("{FILE}")) {
            fragment = fragment.replace("{FILE}", args[2]);
        }
        assertThat(result.code()).as("exit code; stderr: %s", result.err()).isEqualTo(row.code());
        assertThat(result.err()).contains(fragment);
        assertThat(result.err() + result.out()).doesNotContainPattern(CLASS_NAME);
        assertThat(stub.startRequests).as("executions started").hasSize(started);
        assertThat(result.err()).as("a local tuner started").doesNotContain("powertuner: tuning ");
    }

    private static String[] arguments(Row row) {
        switch (row.kind()) {
            case "input":
                return runWith(file(expandRepeats(row.input()).getBytes(StandardCharsets.UTF_8)));
            case "input-text":
                return runWith(file(unescape(row.input())));
            case "profile":
                return new String[] {"local", "--target", "profile:" + row.input(), "--num", "5", "--power-values", "1024"};
            case "functions":
                return new String[] {"local", "--target", file(unescape(row.input())).toString(), "--num", "5"};
            case "args":
                return commandLine(row.input());
            default:
                throw new IllegalArgumentException("unknown kind " + row.kind() + " in line " + row.line());
        }
    }

    private static String[] runWith(Path input) {
        return new String[] {"run", "--state-machine-arn", StubStepFunctions.STATE_MACHINE, "--input", input.toString()};
    }

    /** Splits on spaces after expanding the placeholders. */
    private static String[] commandLine(String text) {
        Matcher files = FILE.matcher(text);
        StringBuilder expanded = new StringBuilder();
        while (files.find()) {
            files.appendReplacement(expanded, Matcher.quoteReplacement(file(files.group(1).getBytes(StandardCharsets.UTF_8))
                    .toString()));
        }
        files.appendTail(expanded);
        return expanded.toString().replace("{SM}", StubStepFunctions.STATE_MACHINE).replace("{TMP}", tmp.toString())
                .replace("{BUSY}", Integer.toString(busy.getLocalPort())).split(" ");
    }

    private static String expandRepeats(String text) {
        Matcher m = REPEAT.matcher(text);
        return m.find() ? m.replaceFirst(Matcher.quoteReplacement(m.group(1).repeat(Integer.parseInt(m.group(2))))) : text;
    }

    /** The bytes of {@code text} with {@code \n} and {@code \xNN} escapes resolved. */
    private static byte[] unescape(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            if (text.startsWith("\\x", i)) {
                bytes.write(Integer.parseInt(text.substring(i + 2, i + 4), 16));
                i += 3;
            } else if (text.startsWith("\\n", i)) {
                bytes.write('\n');
                i++;
            } else {
                bytes.writeBytes(String.valueOf(text.charAt(i)).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }

    private static Path file(byte[] content) {
        try {
            return Files.write(tmp.resolve("file-" + FILES.incrementAndGet() + ".json"), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
