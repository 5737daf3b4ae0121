package dev.powertuner.functions.bench;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.powertuner.functions.TestContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Child JVM of {@link HandlerBench}: {@code <handler class> <Lambda endpoint> <event file>}. Builds the handler with
 * its {@code (Map)} constructor, runs one invocation, prints {@code RESULT <ms since JVM start> <construct ms>
 * <invoke ms>} and then the output JSON on one line.
 */
public final class HandlerBenchChild {

    private HandlerBenchChild() {
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        Map<String, String> env = new HashMap<>();
        env.put("AWS_REGION", "us-east-1");
        env.put("AWS_ACCESS_KEY_ID", "AKIDLOCAL");
        env.put("AWS_SECRET_ACCESS_KEY", "local");
        env.put("AWS_ENDPOINT_URL_LAMBDA", args[1]);
        env.put("defaultPowerValues", "128,256,512");
        RequestStreamHandler handler = (RequestStreamHandler) Class.forName(args[0])
                .getConstructor(Map.class).newInstance(env);
        long t1 = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(Files.readAllBytes(Path.of(args[2]))), out, new TestContext("bench-request"));
        long t2 = System.nanoTime();
        long sinceStart = ProcessHandle.current().info().startInstant()
                .map(t -> System.currentTimeMillis() - t.toEpochMilli()).orElse(-1L);
        System.out.println("RESULT " + sinceStart + " " + (t1 - t0) / 1_000_000 + " " + (t2 - t1) / 1_000_000);
        System.out.println(out.toString(StandardCharsets.UTF_8));
    }
}
