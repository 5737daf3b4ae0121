package dev.powertuner.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.powertuner.local.function.FunctionDefinition;
import dev.powertuner.local.function.WorkloadProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FunctionDefinitionTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void fromJsonReadsConfigurationAndProfile() throws Exception {
        FunctionDefinition d = FunctionDefinition.fromJson(MAPPER.readTree("{\"name\": \"demo\", \"memorySize\": 256,"
                + " \"timeout\": 30, \"architecture\": \"arm64\", \"logFormat\": \"JSON\", \"description\": \"d\","
                + " \"reservedConcurrency\": 5, \"snapStart\": true, \"profile\": {\"cpuMs\": 400, \"ioMs\": 100, "
                + "\"memoryMb\": 150, \"threads\": 2, \"initMs\": 300, \"jitter\": 0.1, \"errorRate\": 0.5, "
                + "\"errorType\": \"Boom\", \"seed\": 9}}"));

        assertThat(d.name()).isEqualTo("demo");
        assertThat(d.memorySize()).isEqualTo(256);
        assertThat(d.timeout()).isEqualTo(30);
        assertThat(d.architecture()).isEqualTo("arm64");
        assertThat(d.logFormat()).isEqualTo("JSON");
        assertThat(d.description()).isEqualTo("d");
        assertThat(d.reservedConcurrency()).isEqualTo(5);
        assertThat(d.snapStart()).isTrue();
        assertThat(d.profile()).isEqualTo(new WorkloadProfile(400, 2, 100, 300, 150, 0.1, 0.5, "Boom", 9));
    }

    @Test
    void fromJsonReadsHandlerAndEnvironmentWithDefaults() throws Exception {
        FunctionDefinition d = FunctionDefinition.fromJson(MAPPER.readTree("{\"name\": \"h\", \"handler\": "
                + "\"com.example.Handler\", \"environment\": {\"A\": \"1\", \"N\": 2}}"));

        assertThat(d.handler()).isEqualTo("com.example.Handler");
        assertThat(d.profile()).isNull();
        assertThat(d.environment()).isEqualTo(Map.of("A", "1", "N", "2"));
        assertThat(d.memorySize()).isEqualTo(128);
        assertThat(d.timeout()).isEqualTo(3);
        assertThat(d.architecture()).isEqualTo("x86_64");
        assertThat(d.logFormat()).isEqualTo("Text");
        assertThat(d.ephemeralStorage()).isEqualTo(512);
    }

    @Test
    void functionWithoutBackendGetsAnEmptyProfile() {
        assertThat(FunctionDefinition.builder("x").build().profile()).isEqualTo(WorkloadProfile.of(0, 0));
    }

    @Test
    void invalidNamesAndFormatsAreRejected() {
        assertThatThrownBy(() -> FunctionDefinition.builder("bad name").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FunctionDefinition.builder("x").logFormat("XML").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FunctionDefinition.builder("x").architecture("sparc").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorkloadProfile(1, 0, 0, 0, 0, 0, 0, null, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
