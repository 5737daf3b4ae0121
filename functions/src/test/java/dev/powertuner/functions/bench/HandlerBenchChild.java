package dev.powertuner.functions.bench;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.powertuner.functions.TestContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.crac.Resource;

/**
 * Child JVM of {@link HandlerBench} and {@link ExecutorCpuBench}: {@code <handler class> <Lambda endpoint> <event
 * file>}. Builds the handler with its {@code (Map)} constructor, runs one invocation, prints {@code RESULT <ms since
 * JVM start> <construct ms> <invoke ms> <process CPU ms before the invocation> <process CPU ms after it>} and then the
 * output JSON on one line. With {@code -Dbench.prime=true} it first runs the SnapStart hooks the handler registered
 * ({@code beforeCheckpoint}, as Lambda does before it takes the snapshot) and measures the CPU figures (else -1).
 */
public final class HandlerBenchChild {

    private HandlerBenchChild() {
    }

    private static long cpuMillis() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
    }

    /** Lambda calls the registered hooks before the snapshot; org.crac's global context refuses direct calls. */
    private static void beforeCheckpoint() throws Exception {
        Method instance = Class.forName("dev.powertuner.functions.Primer").getDeclaredMethod("instance");
        instance.setAccessible(true);
        ((Resource) instance.invoke(null)).beforeCheckpoint(null);
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
        boolean prime = Boolean.getBoolean("bench.prime");
        if (prime) {
            beforeCheckpoint();
        }
        long t1 = System.nanoTime();
        long cpu1 = prime ? cpuMillis() : -1;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(Files.readAllBytes(Path.of(args[2]))), out, new TestContext("bench-request"));
        long t2 = System.nanoTime();
        long cpu2 = prime ? cpuMillis() : -1;
        long sinceStart = ProcessHandle.current().info().startInstant()
                .map(t -> System.currentTimeMillis() - t.toEpochMilli()).orElse(-1L);
        System.out.println("RESULT " + sinceStart + " " + (t1 - t0) / 1_000_000 + " " + (t2 - t1) / 1_000_000 + " "
                + cpu1 + " " + cpu2);
        System.out.println(out.toString(StandardCharsets.UTF_8));
    }
}
