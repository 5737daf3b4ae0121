package dev.powertuner.examples.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The deployable jar, after {@code package} (the pom runs this class in the integration-test phase): what
 * functions.json points at, with the handler and its libraries but not the runtime interface client, which the
 * managed runtime provides.
 */
class ShadedJarTest {
    private static final Path FUNCTIONS_FILE = Path.of("functions.json");
    private static final String RUNTIME_CLIENT = "com/amazonaws/services/lambda/runtime/api/client/";

    @Test
    void functionsFileNamesTheShadedJarAndTheHandler() throws Exception {
        JsonNode function = new ObjectMapper().readTree(FUNCTIONS_FILE.toFile()).get("functions").get(0);

        assertThat(function.get("name").asText()).isEqualTo("orders-api");
        assertThat(function.get("runtime").asText()).isEqualTo("java21");
        assertThat(function.get("handler").asText()).isEqualTo(OrdersHandler.class.getName() + "::handleRequest");
        assertThat(shadedJar()).isRegularFile();
    }

    @Test
    void jarHoldsTheHandlerAndItsLibrariesButNotTheRuntimeClient() throws Exception {
        List<String> entries = entries();

        assertThat(entries).contains("dev/powertuner/examples/orders/OrdersHandler.class",
                "com/amazonaws/services/lambda/runtime/RequestHandler.class",
                "com/amazonaws/services/lambda/runtime/events/APIGatewayProxyRequestEvent.class",
                "com/fasterxml/jackson/databind/ObjectMapper.class");
        assertThat(entries).noneMatch(name -> name.startsWith(RUNTIME_CLIENT))
                .noneMatch(name -> name.startsWith("dev/powertuner/") && name.endsWith("Test.class"))
                .noneMatch(name -> name.matches("META-INF/[^/]+\\.(SF|DSA|RSA)"));
    }

    @Test
    void handlerStartsFromTheJarAlone() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {shadedJar().toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> handlerClass = loader.loadClass(OrdersHandler.class.getName());

            Object handler = handlerClass.getConstructor().newInstance();

            assertThat(loader.loadClass("com.amazonaws.services.lambda.runtime.RequestHandler").isInstance(handler))
                    .isTrue();
        }
    }

    private static Path shadedJar() throws Exception {
        JsonNode function = new ObjectMapper().readTree(FUNCTIONS_FILE.toFile()).get("functions").get(0);
        return FUNCTIONS_FILE.toAbsolutePath().getParent().resolve(function.get("code").asText());
    }

    private static List<String> entries() throws Exception {
        try (JarFile jar = new JarFile(shadedJar().toFile())) {
            return jar.stream().map(entry -> entry.getName()).collect(Collectors.toList());
        }
    }
}
