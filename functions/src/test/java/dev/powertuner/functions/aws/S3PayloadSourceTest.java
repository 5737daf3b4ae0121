package dev.powertuner.functions.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.powertuner.core.port.PayloadSource;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** The S3 adapter against a tiny HTTP fake of GetObject (path-style through the endpoint override). */
class S3PayloadSourceTest {

    private HttpServer server;
    private S3PayloadSource source;
    private final List<String> paths = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            paths.add(path);
            int status;
            String body;
            if (path.endsWith("/payload.json")) {
                status = 200;
                body = "{\"a\":\"é\"}";
            } else if (path.startsWith("/private/")) {
                status = 403;
                body = "<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>";
            } else {
                status = 404;
                body = "<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", status == 200 ? "application/json" : "application/xml");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        source = S3PayloadSource.create("us-east-1",
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDLOCAL", "local")),
                URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void bodyIsReadAsUtf8UsingPathStyleAddressing() {
        assertThat(source.fetch("bucket", "dir/payload.json")).isEqualTo("{\"a\":\"é\"}");
        assertThat(paths).contains("/bucket/dir/payload.json");
    }

    @Test
    void accessDeniedKeepsStatus403() {
        assertThatThrownBy(() -> source.fetch("private", "payload"))
                .isInstanceOfSatisfying(PayloadSource.FetchException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(403));
    }

    @Test
    void missingObjectKeepsStatus404() {
        assertThatThrownBy(() -> source.fetch("bucket", "missing.json"))
                .isInstanceOfSatisfying(PayloadSource.FetchException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.getMessage()).contains("The specified key does not exist.");
                });
    }
}
