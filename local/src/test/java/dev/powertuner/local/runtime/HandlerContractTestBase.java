package dev.powertuner.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.local.runtime.BootstrapProcess.Language;
import org.junit.jupiter.api.Test;

/** What every bootstrap does the same way, run against each language's "basics" fixture. */
abstract class HandlerContractTestBase extends BootstrapTestBase {

    HandlerContractTestBase(Language language) {
        super(language);
    }

    /** The fixture module of the shared "basics" handlers: {@code index} (Node) or {@code app} (Python). */
    abstract String basicsModule();

    @Test
    void theHandlersResultIsTheResponse() throws Exception {
        start("basics", basicsModule() + ".echo");

        assertThat(respond("{\"n\":1}")).isEqualTo(MAPPER.readTree("{\"event\":{\"n\":1},\"invocations\":1}"));
    }

    @Test
    void aWarmSecondInvocationRunsInTheSameProcessWithModuleStateKept() throws Exception {
        start("basics", basicsModule() + ".echo");

        JsonNode first = respond("{\"n\":1}");
        JsonNode second = respond("{\"n\":2}");

        assertThat(first.get("invocations").asInt()).isEqualTo(1);
        assertThat(second.get("invocations").asInt()).isEqualTo(2);
        assertThat(bootstrap.isAlive()).isTrue();
    }

    @Test
    void noResultIsSentAsNull() throws Exception {
        start("basics", basicsModule() + ".nothing");

        assertThat(api.invoke("{}").body()).isEqualTo("null");
    }
}
