package dev.powertuner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @Test
    void reportPrintsTheTableFromStats(@TempDir Path dir) {
        Path output = Fixtures.file(dir, "outputs/x86.json");

        CliHarness.Result result = CliHarness.run("report", output.toString());

        assertThat(result.code()).isEqualTo(0);
        assertThat(result.out()).contains("* 512 MB", "120.25 ms", "1024 MB", "Lambda.Unknown: Runtime exited with error");
    }

    @Test
    void reportWithoutAFileOnATerminalAsksForOneInsteadOfWaiting() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnvironment terminal = new CliEnvironment(new PrintWriter(out), new PrintWriter(err), new ByteArrayInputStream(new byte[0]),
                region -> null, () -> null, false, Path.of("."), true, new Interrupts());

        int code = Main.execute(new String[] {"report"}, terminal);

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("powertuner report: give the output file (powertuner report output.json) or "
                + "pipe it in");
    }

    @Test
    void reportWithoutStatsDecodesTheVisualization() {
        CliHarness.Result result = CliHarness.runWithStdin(null, Fixtures.text("outputs/reference.json"), "report", "-");

        assertThat(result.code()).isEqualTo(0);
        assertThat(result.out()).contains("  128 MB", "* 256 MB", "300.00 ms", "2.0000e+02", "  512 MB", "3.0000e+01");
    }

    @Test
    void htmlReportIsSelfContained(@TempDir Path dir) throws IOException {
        Path output = Fixtures.file(dir, "outputs/x86.json");
        Path html = dir.resolve("report.html");

        CliHarness.Result result = CliHarness.run("report", output.toString(), "--html", html.toString());

        String text = Files.readString(html);
        assertThat(result.code()).isEqualTo(0);
        assertThat(text).contains("<svg", SvgChart.COST_COLOUR, SvgChart.DURATION_COLOUR, "Optimum: <strong>512 MB</strong>")
                .contains("Failed memory sizes", "1024 MB: Lambda.Unknown", "href=\"https://lambda-power-tuning.show/#gAAAAQAC;")
                .doesNotContain("<script", "<link", "@import", "src=\"http");
    }

    @Test
    void emptyReferenceErrorOutputExitsOne() {
        CliHarness.Result result = CliHarness.runWithStdin(null, "{}", "report", "-");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("holds no results");
    }

    @Test
    void notATuningOutputIsAUsageError() {
        CliHarness.Result result = CliHarness.runWithStdin(null, "[1,2]", "report");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("not a tuning result");
    }

    @Test
    void htmlReportRendersBothSeriesInHeadlessChromium(@TempDir Path dir) throws Exception {
        Optional<Path> chromium = onPath("chromium", "chromium-browser", "google-chrome");
        assumeTrue(chromium.isPresent(), "no chromium binary on PATH (apt-get install chromium); rendering not checked");
        // given
        Path html = dir.resolve("report.html");
        Path png = dir.resolve("report.png");
        CliHarness.run("report", Fixtures.file(dir, "outputs/x86.json").toString(), "--html", html.toString());

        // when
        Process process = new ProcessBuilder(chromium.get().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--user-data-dir=" + dir.resolve("profile"), "--screenshot=" + png,
                "--window-size=1200,900", html.toUri().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        boolean ended = process.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }

        // then
        assertThat(png).as("screenshot; chromium log: %s", Files.readString(dir.resolve("chromium.log"))).exists();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(pixelsNear(image, SvgChart.COST_COLOUR)).as("cost series pixels").isGreaterThan(200);
        assertThat(pixelsNear(image, SvgChart.DURATION_COLOUR)).as("duration series pixels").isGreaterThan(200);
    }

    private static int pixelsNear(BufferedImage image, String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                int distance = Math.abs(((p >> 16) & 0xff) - ((rgb >> 16) & 0xff)) + Math.abs(((p >> 8) & 0xff) - ((rgb >> 8) & 0xff))
                        + Math.abs((p & 0xff) - (rgb & 0xff));
                if (distance < 30) {
                    count++;
                }
            }
        }
        return count;
    }

    private static Optional<Path> onPath(String... names) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : names) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
