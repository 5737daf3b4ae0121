package dev.powertuner.functions;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Drives a whole tuning run the way the state machine does, through the six real handlers (built with their
 * {@code (Map<String, String> env)} constructors, so the real SDK adapters talk to the endpoint in the environment):
 * Initializer, Publisher loop, one Executor per power value, Cleaner, Analyzer, Optimizer. A failure after the
 * Initializer stores {@code $.error}, runs the Cleaner as {@code CleanUpOnError} does (for Analyzer and Optimizer
 * failures that is a second, idempotent cleanup) and is reported in {@link Outcome#error()}.
 */
final class FullRun {

    private final InitializerHandler initializer;
    private final PublisherHandler publisher;
    private final ExecutorHandler executor;
    private final CleanerHandler cleaner;
    private final AnalyzerHandler analyzer;
    private final OptimizerHandler optimizer;
    private final List<String> log = new ArrayList<>();
    private int publisherRemainingMillis = 900_000;

    FullRun(Map<String, String> env) {
        this.initializer = new InitializerHandler(env);
        this.publisher = new PublisherHandler(env);
        this.executor = new ExecutorHandler(env);
        this.cleaner = new CleanerHandler(env);
        this.analyzer = new AnalyzerHandler(env);
        this.optimizer = new OptimizerHandler(env);
    }

    /** What the run produced: the final state, the analysis ({@code null} for dryRun) or the error. */
    record Outcome(ObjectNode state, JsonNode analysis, RuntimeException error, int publisherCalls) {
        boolean succeeded() {
            return error == null;
        }
    }

    /** The remaining time the Publisher sees on each call (it sizes its batches to it). */
    FullRun publisherRemainingMillis(int millis) {
        this.publisherRemainingMillis = millis;
        return this;
    }

    List<String> log() {
        return List.copyOf(log);
    }

    Outcome run(JsonNode input, String executionName) {
        ObjectNode state = input.deepCopy();
        ObjectNode event = JsonStreamHandler.MAPPER.createObjectNode();
        event.set("input", input);
        event.put("executionName", executionName);
        state.set("lambdaConfigurations", call(initializer, event));
        int publisherCalls = 0;
        try {
            do {
                state.set("lambdaConfigurations", call(publisher, state, publisherRemainingMillis));
                publisherCalls++;
            } while (state.path("lambdaConfigurations").path("iterator").path("continue").asBoolean());
            ArrayNode stats = state.putArray("stats");
            for (JsonNode value : state.path("lambdaConfigurations").path("powerValues")) {
                ObjectNode item = JsonStreamHandler.MAPPER.createObjectNode();
                item.set("input", state.deepCopy().without("stats"));
                item.set("value", value);
                stats.add(call(executor, item));
            }
            call(cleaner, state);
            JsonNode analysis = call(analyzer, state);
            state.set("analysis", analysis);
            call(optimizer, state);
            return new Outcome(state, analysis, null, publisherCalls);
        } catch (RuntimeException e) {
            ObjectNode error = state.putObject("error");
            error.put("Error", e.getClass().getName());
            error.put("Cause", String.valueOf(e.getMessage()));
            call(cleaner, state);
            return new Outcome(state, null, e, publisherCalls);
        }
    }

    private JsonNode call(RequestStreamHandler handler, JsonNode event) {
        return call(handler, event, 900_000);
    }

    private JsonNode call(RequestStreamHandler handler, JsonNode event, int remainingMillis) {
        TestContext context = new TestContext("req-" + handler.getClass().getSimpleName(), remainingMillis);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(JsonStreamHandler.MAPPER.writeValueAsBytes(event)), out,
                    context);
            return JsonStreamHandler.MAPPER.readTree(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            log.addAll(context.lines());
        }
    }
}
