package dev.powertuner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalLambdaCommandTest {
    private static final Pattern ENDPOINT = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)");

    @Test
    void servesTheFunctionsFileAndTheTunerUntilInterrupted(@TempDir Path dir) throws Exception {
        // given
        Path functions = dir.resolve("functions.json");
        Files.writeString(functions, "{\"functions\": [{\"name\": \"hello\", \"memorySize\": 256, \"profile\": {\"cpuMs\": 10}}]}",
                StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnvironment env = new CliEnvironment(new PrintWriter(out, true), new PrintWriter(err, true),
                new ByteArrayInputStream(new byte[0]), region -> null, () -> null, false, Path.of("."));
        AtomicInteger code = new AtomicInteger(-1);
        Thread server = new Thread(() -> code.set(Main.execute(new String[] {"local-lambda", "--port", "0", "--functions",
            functions.toString(), "--with-tuner"}, env)));

        // when
        server.start();
        String endpoint = awaitEndpoint(out, server);
        HttpResponse<String> hello = get(endpoint + "/2015-03-31/functions/hello/configuration");
        HttpResponse<String> executor = get(endpoint + "/2015-03-31/functions/powertuner-executor/configuration");
        server.interrupt();
        server.join(30_000);

        // then
        assertThat(hello.statusCode()).isEqualTo(200);
        assertThat(hello.body()).contains("\"MemorySize\":256");
        assertThat(executor.statusCode()).isEqualTo(200);
        assertThat(out.toString()).contains("arn:aws:lambda:us-east-1:000000000000:function:hello", "function:powertuner-cleaner");
        assertThat(code.get()).as(err.toString()).isEqualTo(0);
    }

    @Test
    void missingFunctionsFileIsAUsageError() {
        CliHarness.Result result = CliHarness.run("local-lambda", "--port", "0", "--functions", "/nonexistent/f.json");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("no such file");
    }

    private static String awaitEndpoint(StringWriter out, Thread server) throws InterruptedException {
        for (int i = 0; i < 600 && server.isAlive(); i++) {
            String text = out.toString();
            Matcher m = ENDPOINT.matcher(text);
            if (text.contains("Stop with Ctrl-C.") && m.find()) {
                return m.group(1);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("local-lambda did not start: " + out);
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
