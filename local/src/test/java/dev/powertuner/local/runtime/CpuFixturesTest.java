package dev.powertuner.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.powertuner.local.runtime.BootstrapProcess.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CPU-bound benchmark fixtures: the same event gives the same checksum in Node and Python. */
class CpuFixturesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String CHECKSUM_OF_100000 = "dbb591e5";

    @TempDir
    Path scratch;
    private final List<RuntimeApiFake> apis = new ArrayList<>();
    private final List<BootstrapProcess> processes = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        for (BootstrapProcess process : processes) {
            process.close();
        }
        apis.forEach(RuntimeApiFake::close);
    }

    private JsonNode run(Language language, String fixture, String handler, String event) throws Exception {
        RuntimeApiFake api = RuntimeApiFake.start();
        apis.add(api);
        Path dir = scratch.resolve(language.name());
        Files.createDirectories(dir);
        processes.add(BootstrapProcess.start(language, fixture, handler, api, dir, Map.of()));
        return MAPPER.readTree(api.invoke(event).body());
    }

    @Test
    void nodeAndPythonComputeTheSameChecksumForTheSameWork() throws Exception {
        JsonNode node = run(Language.NODE, "node/cpu", "index.handler", "{\"work\":100000}");
        JsonNode python = run(Language.PYTHON, "python/cpu", "app.handler", "{\"work\":100000}");

        assertThat(node).isEqualTo(MAPPER.readTree("{\"work\":100000,\"checksum\":\"" + CHECKSUM_OF_100000 + "\"}"));
        assertThat(python).isEqualTo(node);
    }

    @Test
    void anEventWithoutWorkGetsTheDefaultMillionRounds() throws Exception {
        JsonNode node = run(Language.NODE, "node/cpu", "index.handler", "{}");
        JsonNode python = run(Language.PYTHON, "python/cpu", "app.handler", "{}");

        assertThat(node.get("work").asInt()).isEqualTo(1_000_000);
        assertThat(python).isEqualTo(node);
    }
}
