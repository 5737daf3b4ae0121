package dev.powertuner.local.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.powertuner.local.faults.Faults;
import dev.powertuner.local.invoke.InvokeService;
import dev.powertuner.local.state.FunctionState;
import dev.powertuner.local.state.Registry;
import dev.powertuner.local.sts.Accounts;
import dev.powertuner.local.sts.Caller;
import dev.powertuner.local.sts.Sts;
import dev.powertuner.local.sts.StsReply;
import dev.powertuner.local.wire.HttpReply;
import dev.powertuner.local.wire.Json;
import dev.powertuner.local.wire.LambdaApiException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Maps Lambda REST API requests (2015-03-31 and the concurrency paths) to the operations, as the caller's account
 * (from the request's access key) sees them, and {@code POST /} to the local STS.
 */
final class Router implements HttpHandler {
    private final FunctionAccess access;
    private final ControlPlane control;
    private final InvokeService invoker;
    private final Faults faults;
    private final Accounts accounts;
    private final Sts sts;

    Router(FunctionAccess access, ControlPlane control, InvokeService invoker, Faults faults, Accounts accounts,
           Sts sts) {
        this.access = access;
        this.control = control;
        this.invoker = invoker;
        this.faults = faults;
        this.accounts = accounts;
        this.sts = sts;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        HttpReply reply;
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            reply = route(exchange, segments(exchange.getRequestURI().getRawPath()),
                    query(exchange.getRequestURI().getRawQuery()), body);
        } catch (LambdaApiException e) {
            reply = error(e);
        } catch (RuntimeException | LinkageError e) {
            // an answer, never a hung caller: Step Functions would wait on this Task forever
            reply = error(new LambdaApiException(500, "ServiceException", String.valueOf(e)));
        }
        send(exchange, reply);
    }

    private HttpReply route(HttpExchange ex, List<String> path, Map<String, String> query, byte[] body) {
        String method = ex.getRequestMethod();
        Caller caller = accounts.callerOf(ex.getRequestHeaders().getFirst("Authorization"));
        if (path.isEmpty() && "POST".equals(method)) {
            StsReply reply = sts.handle(caller, body);
            return new HttpReply(reply.status(), Map.of("Content-Type", "text/xml"),
                    reply.xml().getBytes(StandardCharsets.UTF_8));
        }
        if (path.size() < 2 || !"functions".equals(path.get(1))) {
            throw unknown(method, path);
        }
        String api = path.get(0);
        if (path.size() == 2 && "2015-03-31".equals(api) && "GET".equals(method)) {
            throttleControl();
            return control.listFunctions(query, caller.accountId());
        }
        List<String> rest = path.subList(Math.min(3, path.size()), path.size());
        String action = FunctionAccess.action(method, rest);
        if (path.size() < 3 || action == null) {
            throw unknown(method, path);
        }
        Registry.Resolved r = access.resolve(caller, path.get(2), action);
        String qualifier = qualifier(r.qualifier(), query.get("Qualifier"));
        String op = rest.isEmpty() ? "" : rest.get(0);
        if ("2015-03-31".equals(api) && "invocations".equals(op) && "POST".equals(method)) {
            return invoker.invoke(r.function(), qualifier, body, "Tail".equals(ex.getRequestHeaders()
                    .getFirst("X-Amz-Log-Type")), ex.getRequestHeaders().getFirst("X-Amz-Invocation-Type"));
        }
        throttleControl();
        if ("concurrency".equals(op)) {
            return concurrency(r.function(), method, body, path);
        }
        if (!"2015-03-31".equals(api)) {
            throw unknown(method, path);
        }
        return functionRoute(r.function(), qualifier, method, rest, query, body, path);
    }

    private HttpReply functionRoute(FunctionState fs, String qualifier, String method, List<String> rest,
                                    Map<String, String> query, byte[] body, List<String> path) {
        String key = method + " " + (rest.isEmpty() ? "" : rest.get(0)) + (rest.size() == 2 ? "/*" : "");
        switch (rest.size() > 2 ? "" : key) {
            case "GET ":
                return control.getFunction(fs, qualifier);
            case "DELETE ":
                return control.deleteFunction(fs, qualifier);
            case "GET configuration":
                return control.getConfiguration(fs, qualifier);
            case "PUT configuration":
                return control.updateConfiguration(fs, Json.parseBody(body));
            case "POST versions":
                return control.publishVersion(fs, Json.parseBody(body));
            case "GET versions":
                return control.listVersions(fs, query);
            case "POST aliases":
                return control.createAlias(fs, Json.parseBody(body));
            case "GET aliases":
                return control.listAliases(fs, query);
            case "GET aliases/*":
                return control.getAlias(fs, rest.get(1));
            case "PUT aliases/*":
                return control.updateAlias(fs, rest.get(1), Json.parseBody(body));
            case "DELETE aliases/*":
                return control.deleteAlias(fs, rest.get(1));
            default:
                throw unknown(method, path);
        }
    }

    private HttpReply concurrency(FunctionState fs, String method, byte[] body, List<String> path) {
        if ("GET".equals(method) && "2019-09-30".equals(path.get(0))) {
            return control.getConcurrency(fs);
        }
        if ("PUT".equals(method) && "2017-10-31".equals(path.get(0))) {
            JsonNode json = Json.parseBody(body);
            return control.putConcurrency(fs, json);
        }
        if ("DELETE".equals(method) && "2017-10-31".equals(path.get(0))) {
            return control.deleteConcurrency(fs);
        }
        throw unknown(method, path);
    }

    private void throttleControl() {
        if (faults.takeControlThrottle()) {
            throw LambdaApiException.throttled("CallerRateLimitExceeded");
        }
    }

    private static String qualifier(String fromName, String fromQuery) {
        if (fromName != null && fromQuery != null && !fromName.equals(fromQuery)) {
            throw LambdaApiException.invalid("The derived qualifier from the function name does not match the "
                    + "specified qualifier.");
        }
        return fromName != null ? fromName : fromQuery;
    }

    private static LambdaApiException unknown(String method, List<String> path) {
        return new LambdaApiException(404, "UnknownOperationException", "Unknown operation " + method + " /"
                + String.join("/", path));
    }

    static List<String> segments(String rawPath) {
        List<String> out = new ArrayList<>();
        for (String s : rawPath.split("/")) {
            if (!s.isEmpty()) {
                out.add(decode(s));
            }
        }
        return out;
    }

    static Map<String, String> query(String rawQuery) {
        Map<String, String> out = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return out;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            out.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return out;
    }

    private static String decode(String segment) {
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    static HttpReply error(LambdaApiException e) {
        ObjectNode body = Json.object().put("Type", e.status() >= 500 ? "Service" : "User")
                .put("Message", e.getMessage());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Amzn-ErrorType", e.type());
        if (e.reason() != null) {
            body.put("Reason", e.reason());
            headers.put("Retry-After", "1");
        }
        return new HttpReply(e.status(), headers, Json.bytes(body));
    }

    /** Invoke answers carry the invocation's request id (the one in its log); other calls get a fresh one. */
    private static void send(HttpExchange exchange, HttpReply reply) throws IOException {
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        for (Map.Entry<String, String> h : reply.headers().entrySet()) {
            exchange.getResponseHeaders().set(h.getKey(), h.getValue());
        }
        boolean noBody = reply.status() == 204 || reply.status() == 202 && reply.body().length == 0;
        if (!noBody && !reply.headers().containsKey("Content-Type")) {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
        }
        exchange.sendResponseHeaders(reply.status(), noBody ? -1 : reply.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (!noBody) {
                out.write(reply.body());
            }
        }
    }
}
