package dev.powertuner.local.sfn;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/** A tiny Lambda Invoke endpoint on a JDK HttpServer: each function name maps to a behaviour. */
final class LambdaStub implements AutoCloseable {
    /**
     * What a function answers: a payload, flagged {@code X-Amz-Function-Error: Unhandled} when {@code error}, or with a
     * status other than 200 a Lambda API error of type {@code apiError}.
     */
    record Reply(String payload, boolean error, int status, String apiError) {
        static Reply ok(String payload) {
            return new Reply(payload, false, 200, null);
        }

        static Reply thrown(String errorType, String message) {
            return new Reply("{\"errorType\":\"" + errorType + "\",\"errorMessage\":\"" + message + "\",\"stackTrace\":[]}", true,
                    200, null);
        }

        static Reply apiError(int status, String type, String message) {
            return new Reply("{\"Type\":\"User\",\"message\":\"" + message + "\"}", false, status, type);
        }
    }

    /** One Invoke seen by the stub. */
    record Call(String function, String payload) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Function<String, Reply>> functions = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    LambdaStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/2015-03-31/functions/", this::invoke);
        server.setExecutor(executor);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    static String arn(String function) {
        return "arn:aws:lambda:us-east-1:000000000000:function:" + function;
    }

    void register(String function, Function<String, Reply> behaviour) {
        functions.put(function, behaviour);
    }

    List<Call> calls(String function) {
        return calls.stream().filter(c -> c.function().equals(function)).toList();
    }

    private void invoke(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String encoded = path.substring("/2015-03-31/functions/".length(), path.lastIndexOf("/invocations"));
        String name = URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        name = name.substring(name.lastIndexOf(':') + 1);
        String payload = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        calls.add(new Call(name, payload));
        Function<String, Reply> behaviour = functions.get(name);
        Reply reply = behaviour == null ? Reply.apiError(404, "ResourceNotFoundException", "Function not found: " + name)
                : behaviour.apply(payload);
        if (reply.apiError() != null) {
            exchange.getResponseHeaders().add("X-Amzn-ErrorType", reply.apiError());
        }
        if (reply.error()) {
            exchange.getResponseHeaders().add("X-Amz-Function-Error", "Unhandled");
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        byte[] body = reply.payload().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(reply.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
