package dev.powertuner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --class-path}: a team's own handler, compiled outside the CLI's class path, tuned with {@code local}. */
class HandlerClassPathTest {
    private static final String HANDLER = "package com.example;\n"
            + "public class Hello implements com.amazonaws.services.lambda.runtime.RequestHandler<java.util.Map<String, Object>,"
            + " String> {\n"
            + "    public String handleRequest(java.util.Map<String, Object> input,"
            + " com.amazonaws.services.lambda.runtime.Context context) {\n"
            + "        return \"hi \" + input.get(\"name\");\n"
            + "    }\n"
            + "}\n";

    @Test
    void handlerOnTheClassPathOptionIsTuned(@TempDir Path dir) throws IOException {
        // given
        Path classes = compileHandler(dir);
        Path functions = functionsFile(dir);

        // when
        CliHarness.Result result = CliHarness.run("local", "--target", functions.toString(), "--class-path", classes.toString(),
                "--power-values", "128,512", "--num", "5", "--payload", "{\"name\":\"x\"}", "--json");

        // then
        assertThat(result.code()).as(result.err()).isEqualTo(0);
        JsonNode output = Json.parse(result.out(), "output");
        assertThat(output.path("stats")).hasSize(2);
        assertThat(output.path("failedPowerValues")).isEmpty();
    }

    @Test
    void directoryWildcardAddsEveryJarLikeJavaCp(@TempDir Path dir) throws Exception {
        // given
        Path classes = compileHandler(dir);
        Path lib = Files.createDirectories(dir.resolve("lib"));
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(lib.resolve("hello.jar")))) {
            jar.putNextEntry(new JarEntry("com/example/Hello.class"));
            jar.write(Files.readAllBytes(classes.resolve("com/example/Hello.class")));
            jar.closeEntry();
        }

        // when
        try (HandlerClassPath.Scope scope = HandlerClassPath.open(lib + File.separator + "*")) {
            // then
            assertThat(Class.forName("com.example.Hello", false, Thread.currentThread().getContextClassLoader())).isNotNull();
        }
        assertThat(Thread.currentThread().getContextClassLoader().getResource("com/example/Hello.class")).isNull();
    }

    @Test
    void handlerMissingFromTheClassPathIsAUsageErrorBeforeStarting(@TempDir Path dir) throws IOException {
        CliHarness.Result result = CliHarness.run("local", "--target", functionsFile(dir).toString(), "--num", "5");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).startsWith("powertuner local: function hello: handler class com.example.Hello is not on the "
                + "class path; add its classes directory or jar with --class-path");
    }

    @Test
    void missingClassPathEntryIsAUsageError(@TempDir Path dir) throws IOException {
        CliHarness.Result result = CliHarness.run("local", "--target", functionsFile(dir).toString(), "--class-path",
                dir.resolve("nope").toString(), "--num", "5");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--class-path: no such directory or jar: " + dir.resolve("nope"));
    }

    @Test
    void localLambdaChecksTheHandlersOfItsFunctionsFile(@TempDir Path dir) throws IOException {
        CliHarness.Result result = CliHarness.run("local-lambda", "--port", "0", "--functions", functionsFile(dir).toString());

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("handler class com.example.Hello is not on the class path");
    }

    private static Path functionsFile(Path dir) throws IOException {
        Path functions = dir.resolve("functions.json");
        Files.writeString(functions, "{\"functions\": [{\"name\": \"hello\", \"timeout\": 10, \"handler\": \"com.example.Hello\"}]}",
                StandardCharsets.UTF_8);
        return functions;
    }

    private static Path compileHandler(Path dir) throws IOException {
        Path source = dir.resolve("src/com/example/Hello.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, HANDLER, StandardCharsets.UTF_8);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int code = javac.run(null, null, null, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                "--release", "17", source.toString());
        assertThat(code).isZero();
        assertThat(new File(classes.toFile(), "com/example/Hello.class")).exists();
        return classes;
    }
}
