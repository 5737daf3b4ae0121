package dev.powertuner.functions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.cost.PriceTable;
import dev.powertuner.core.model.StateJson;
import dev.powertuner.core.step.Analyzer;
import dev.powertuner.functions.aws.SdkFunctionControl;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * SnapStart priming: before the snapshot, runs the JSON and core code paths every handler uses (mapper, state JSON,
 * price table, analysis) on a bundled sample state, so that a restored function starts with those classes loaded and
 * warmed. No network calls. Registered once per JVM; registering is harmless on a JDK without CRaC.
 */
final class Primer implements Resource {

    /** org.crac keeps resources weakly: this strong reference keeps the primer registered. */
    private static final Primer INSTANCE = new Primer();
    private static volatile boolean registered;

    private Primer() {
    }

    /** Components that build their clients on first use; built before the snapshot. */
    private static final List<LazyPayloadSource> LAZY = new CopyOnWriteArrayList<>();

    /** Registers a lazily built payload source to be built in {@code beforeCheckpoint}; returns it. */
    static LazyPayloadSource warmBeforeCheckpoint(LazyPayloadSource source) {
        LAZY.add(source);
        register();
        return source;
    }

    static void register() {
        if (!registered) {
            synchronized (Primer.class) {
                if (!registered) {
                    Core.getGlobalContext().register(INSTANCE);
                    registered = true;
                }
            }
        }
    }

    static Primer instance() {
        return INSTANCE;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
        for (LazyPayloadSource source : LAZY) {
            source.get();
        }
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // credentials are read from the environment on every call; nothing to refresh
    }

    /** Runs the priming work; returns the analysis JSON it produced. */
    JsonNode prime() {
        JsonNode state = sampleState();
        JsonNode roundTrip = StateJson.toJson(StateJson.fromJson(state.path("lambdaConfigurations")));
        for (JsonNode stat : state.path("stats")) {
            StateJson.toJson(StateJson.powerValueResult(stat));
        }
        JsonNode analysis = new Analyzer(PriceTable.bundled(), "us-east-1", HandlerConfig.DEFAULT_VISUALIZATION_URL)
                .analyze(state).map(StateJson::toJson).orElse(null);
        SdkFunctionControl.prime();
        try {
            JsonStreamHandler.MAPPER.writeValue(OutputStream.nullOutputStream(), roundTrip);
            JsonStreamHandler.MAPPER.writeValue(OutputStream.nullOutputStream(), analysis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return analysis;
    }

    static JsonNode sampleState() {
        try (InputStream in = Primer.class.getResourceAsStream("priming-state.json")) {
            if (in == null) {
                throw new IllegalStateException("priming-state.json missing from the jar");
            }
            return JsonStreamHandler.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
