package dev.powertuner.local.runtime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fake of the Lambda Runtime API on 127.0.0.1: queues events for {@code /invocation/next} (a long poll) and records
 * what the bootstrap posts back, per request id, plus the init error.
 */
final class RuntimeApiFake implements AutoCloseable {
    static final String PREFIX = "/2018-06-01/runtime/";
    static final String FUNCTION_ARN = "arn:aws:lambda:eu-west-1:123456789012:function:fixture";
    private static final long AWAIT_SECONDS = 20;

    /** What the bootstrap posted: kind is "response", "error" or "init/error"; errorType is the header, if any. */
    record Posted(String kind, String body, String errorType) {
    }

    private record Event(String requestId, String body, Map<String, String> headers) {
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Map<String, CompletableFuture<Posted>> outcomes = new ConcurrentHashMap<>();
    private final CompletableFuture<Posted> initError = new CompletableFuture<>();
    private final AtomicInteger nextId = new AtomicInteger();
    private volatile boolean closed;

    private RuntimeApiFake(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    static RuntimeApiFake start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // A blocked long poll must not hold up the posts: one thread per exchange.
        ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "runtime-api-fake");
            thread.setDaemon(true);
            return thread;
        });
        RuntimeApiFake fake = new RuntimeApiFake(server, executor);
        server.createContext(PREFIX, fake::handle);
        server.setExecutor(executor);
        server.start();
        return fake;
    }

    /** The value of {@code AWS_LAMBDA_RUNTIME_API}. */
    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** Queues an event with a 60 s deadline and a trace id; returns its request id. */
    String enqueue(String eventJson) {
        return enqueue(eventJson, Map.of());
    }

    /** Queues an event; {@code headers} are added to (or override) the default invocation headers. */
    String enqueue(String eventJson, Map<String, String> headers) {
        String requestId = "request-" + nextId.incrementAndGet();
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Lambda-Runtime-Aws-Request-Id", requestId);
        all.put("Lambda-Runtime-Deadline-Ms", Long.toString(System.currentTimeMillis() + 60_000));
        all.put("Lambda-Runtime-Invoked-Function-Arn", FUNCTION_ARN);
        all.put("Lambda-Runtime-Trace-Id", "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1");
        all.putAll(headers);
        outcomes.computeIfAbsent(requestId, id -> new CompletableFuture<>());
        events.add(new Event(requestId, eventJson, all));
        return requestId;
    }

    /** Waits (20 s at most) for the response or error posted for a request. */
    Posted await(String requestId) throws Exception {
        return outcomes.computeIfAbsent(requestId, id -> new CompletableFuture<>()).get(AWAIT_SECONDS, TimeUnit.SECONDS);
    }

    /** Queues an event and waits for what the bootstrap posts for it. */
    Posted invoke(String eventJson) throws Exception {
        return await(enqueue(eventJson));
    }

    Posted awaitInitError() throws Exception {
        return initError.get(AWAIT_SECONDS, TimeUnit.SECONDS);
    }

    boolean initErrorPosted() {
        return initError.isDone();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
            String body = readBody(exchange.getRequestBody());
            String errorType = exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type");
            if ("GET".equals(exchange.getRequestMethod()) && "invocation/next".equals(path)) {
                sendNext(exchange);
            } else if ("init/error".equals(path)) {
                initError.complete(new Posted(path, body, errorType));
                reply(exchange, 202, "{\"status\":\"OK\"}");
            } else if (path.startsWith("invocation/") && (path.endsWith("/response") || path.endsWith("/error"))) {
                String[] parts = path.split("/");
                outcomes.computeIfAbsent(parts[1], id -> new CompletableFuture<>()).complete(new Posted(parts[2], body, errorType));
                reply(exchange, 202, "{\"status\":\"OK\"}");
            } else {
                reply(exchange, 404, "{\"errorMessage\":\"unknown path " + path + "\"}");
            }
        }
    }

    private void sendNext(HttpExchange exchange) throws IOException {
        Event event = null;
        try {
            while (event == null && !closed) {
                event = events.poll(100, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (event == null) {
            reply(exchange, 500, "{\"errorMessage\":\"the fake is closed\"}");
            return;
        }
        event.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        reply(exchange, 200, event.body());
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String readBody(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        closed = true;
        server.stop(0);
        executor.shutdownNow();
    }
}
