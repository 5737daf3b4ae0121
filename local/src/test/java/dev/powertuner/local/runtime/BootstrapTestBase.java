package dev.powertuner.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.powertuner.local.runtime.BootstrapProcess.Language;
import dev.powertuner.local.runtime.RuntimeApiFake.Posted;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** One bootstrap under test per test method, against a fresh Runtime API fake; both stopped afterwards. */
abstract class BootstrapTestBase {
    static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path scratch;
    RuntimeApiFake api;
    BootstrapProcess bootstrap;
    private final Language language;

    BootstrapTestBase(Language language) {
        this.language = language;
    }

    @BeforeEach
    void startApi() throws IOException {
        api = RuntimeApiFake.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (bootstrap != null) {
            bootstrap.close();
        }
        api.close();
    }

    /** Starts the bootstrap on a fixture directory under the language's folder ({@code node/…}, {@code python/…}). */
    void start(String fixture, String handler, Map<String, String> env) throws IOException {
        String folder = language == Language.NODE ? "node/" : "python/";
        bootstrap = BootstrapProcess.start(language, folder + fixture, handler, api, scratch, env);
    }

    void start(String fixture, String handler) throws IOException {
        start(fixture, handler, Map.of());
    }

    JsonNode response(Posted posted) throws IOException {
        assertThat(posted.kind()).as("posted %s; stdout %s", posted, bootstrap.stdout()).isEqualTo("response");
        return MAPPER.readTree(posted.body());
    }

    JsonNode respond(String event) throws Exception {
        return response(api.invoke(event));
    }
}
