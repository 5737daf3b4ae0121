package dev.powertuner.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.local.runtime.BootstrapProcess.Language;
import dev.powertuner.local.runtime.RuntimeApiFake.Posted;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** bootstrap.py init failures: posted to /runtime/init/error with Lambda's error types and messages, then exit 1. */
class PythonBootstrapInitTest extends BootstrapTestBase {

    PythonBootstrapInitTest() {
        super(Language.PYTHON);
    }

    /** Starts the bootstrap, waits for its init error and its exit, and returns the posted document. */
    private JsonNode initError(String handler, String expectedType) throws Exception {
        bootstrap = BootstrapProcess.start(Language.PYTHON, "python/errors", handler, api, scratch, Map.of());
        Posted posted = api.awaitInitError();
        JsonNode document = MAPPER.readTree(posted.body());
        assertThat(posted.errorType()).isEqualTo(expectedType);
        assertThat(document.get("errorType").asText()).isEqualTo(expectedType);
        assertThat(bootstrap.awaitExit()).isEqualTo(1);
        return document;
    }

    @Test
    void aMissingModuleIsAnImportModuleError() throws Exception {
        JsonNode document = initError("does_not_exist.handler", "Runtime.ImportModuleError");

        assertThat(document.get("errorMessage").asText())
                .isEqualTo("Unable to import module 'does_not_exist': No module named 'does_not_exist'");
    }

    @Test
    void aMissingFunctionIsHandlerNotFound() throws Exception {
        JsonNode document = initError("no_handler.handler", "Runtime.HandlerNotFound");

        assertThat(document.get("errorMessage").asText()).isEqualTo("Handler 'handler' missing on module 'no_handler'");
    }

    @Test
    void aSyntaxErrorIsAUserCodeSyntaxError() throws Exception {
        JsonNode document = initError("syntax_error.handler", "Runtime.UserCodeSyntaxError");

        assertThat(document.get("errorMessage").asText()).startsWith("Syntax error in module 'syntax_error': ")
                .contains("(syntax_error.py, line 4)");
        assertThat(document.get("stackTrace").get(0).asText()).matches("(?s)  File \".*/syntax_error\\.py\" Line 4\n.*");
    }

    @Test
    void anExceptionRaisedOnImportKeepsItsOwnType() throws Exception {
        JsonNode document = initError("import_failure.handler", "RuntimeError");

        assertThat(document.get("errorMessage").asText()).isEqualTo("configuration is invalid");
        assertThat(document.get("stackTrace").toString()).contains("import_failure.py").doesNotContain("bootstrap.py");
    }

    @Test
    void aHandlerWithoutAFunctionNameIsMalformed() throws Exception {
        JsonNode document = initError("app", "Runtime.MalformedHandlerName");

        assertThat(document.get("errorMessage").asText()).isEqualTo("Bad handler 'app': not enough values to unpack (expected 2, got 1)");
    }
}
