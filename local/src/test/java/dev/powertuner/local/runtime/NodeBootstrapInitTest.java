package dev.powertuner.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.local.runtime.BootstrapProcess.Language;
import dev.powertuner.local.runtime.RuntimeApiFake.Posted;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** bootstrap.mjs init failures: posted to /runtime/init/error with Lambda's error types, then exit 129. */
class NodeBootstrapInitTest extends BootstrapTestBase {

    NodeBootstrapInitTest() {
        super(Language.NODE);
    }

    /** Starts the bootstrap, waits for its init error and its exit, and returns the posted document. */
    private JsonNode initError(String handler, String expectedType) throws Exception {
        bootstrap = BootstrapProcess.start(Language.NODE, "node/errors", handler, api, scratch, Map.of());
        Posted posted = api.awaitInitError();
        JsonNode document = MAPPER.readTree(posted.body());
        assertThat(posted.errorType()).isEqualTo(expectedType);
        assertThat(document.get("errorType").asText()).isEqualTo(expectedType);
        assertThat(bootstrap.awaitExit()).isEqualTo(129);
        return document;
    }

    @Test
    void aMissingModuleIsAnImportModuleError() throws Exception {
        JsonNode document = initError("doesNotExist.handler", "Runtime.ImportModuleError");

        assertThat(document.get("errorMessage").asText()).startsWith("Error: Cannot find module 'doesNotExist'\nRequire stack:\n- ");
    }

    @Test
    void aMissingFunctionIsHandlerNotFound() throws Exception {
        JsonNode document = initError("no-handler.handler", "Runtime.HandlerNotFound");

        assertThat(document.get("errorMessage").asText()).isEqualTo("no-handler.handler is undefined or not exported");
    }

    @Test
    void aSyntaxErrorIsAUserCodeSyntaxError() throws Exception {
        JsonNode document = initError("syntax-error.handler", "Runtime.UserCodeSyntaxError");

        assertThat(document.get("errorMessage").asText()).startsWith("SyntaxError: ");
        assertThat(document.get("stackTrace").get(0).asText()).startsWith("SyntaxError: ");
    }

    @Test
    void anErrorThrownWhileTheModuleLoadsKeepsItsOwnType() throws Exception {
        JsonNode document = initError("load-failure.handler", "RangeError");

        assertThat(document.get("errorMessage").asText()).isEqualTo("configuration is invalid");
        assertThat(bootstrap.awaitStdoutLine(line -> line.contains("Uncaught Exception")))
                .contains("\tundefined\tERROR\tUncaught Exception \t{\"errorType\":\"RangeError\"");
    }

    @Test
    void aHandlerWithoutAFunctionNameIsMalformed() throws Exception {
        JsonNode document = initError("index", "Runtime.MalformedHandlerName");

        assertThat(document.get("errorMessage").asText()).isEqualTo("Bad handler");
    }

    @Test
    void aHandlerPathLeavingTheTaskRootIsMalformed() throws Exception {
        JsonNode document = initError("../basics/index.echo", "Runtime.MalformedHandlerName");

        assertThat(document.get("errorMessage").asText()).isEqualTo("'../basics/index.echo' is not a valid handler name. "
                + "Use absolute paths when specifying root directories in handler names.");
    }
}
