package dev.powertuner.core.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.powertuner.core.FakeLambda;
import dev.powertuner.core.cost.PriceTable;
import dev.powertuner.core.model.PowerValueResult;
import dev.powertuner.core.model.StateJson;
import dev.powertuner.core.model.TuningState;
import dev.powertuner.core.port.InvocationResult;
import dev.powertuner.core.port.PayloadSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: build states by running the steps against a {@link FakeLambda}. */
final class Runs {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String NAME = "fn";
    static final String ARN = "arn:aws:lambda:us-east-1:" + FakeLambda.ACCOUNT + ":function:" + NAME;
    static final List<Integer> DEFAULTS = List.of(128, 256, 512, 1024, 1536, 3008);
    static final PayloadSource NO_S3 = (bucket, key) -> {
        throw new PayloadSource.FetchException(404, "no such object", null);
    };

    private Runs() {
    }

    static ObjectNode json(String text) {
        try {
            return (ObjectNode) MAPPER.readTree(text.replace('\'', '"'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FakeLambda fake() {
        return new FakeLambda().withFunction(NAME, 1024, "original description");
    }

    /** The state after Initializer and all Publisher calls. */
    static ObjectNode published(FakeLambda fake, ObjectNode input) {
        TuningState state = new Initializer(fake, DEFAULTS).initialize(input, "run-1");
        Publisher publisher = new Publisher(fake);
        while (state.iterator().more()) {
            state = publisher.publish(state, () -> 0L);
        }
        ObjectNode whole = input.deepCopy();
        whole.set("lambdaConfigurations", StateJson.toJson(state));
        return whole;
    }

    /** The Map item of one power value. */
    static ObjectNode event(JsonNode state, int value) {
        ObjectNode event = MAPPER.createObjectNode();
        event.set("input", state);
        event.put("value", value);
        return event;
    }

    /** Runs the executor for every power value and stores {@code $.stats}. */
    static ObjectNode executed(FakeLambda fake, ObjectNode state, PriceTable prices) {
        Executor executor = new Executor(fake, NO_S3, millis -> { }, prices, 10);
        ArrayNode stats = MAPPER.createArrayNode();
        for (JsonNode p : state.path("lambdaConfigurations").path("powerValues")) {
            PowerValueResult r = executor.execute(event(state, p.asInt()), () -> 600_000L);
            stats.add(StateJson.toJson(r));
        }
        ObjectNode next = state.deepCopy();
        next.set("stats", stats);
        return next;
    }

    /** A prices table with p128 = {@code p128} for x86_64 and arm64, no request or storage charge. */
    static PriceTable prices(double p128x86, double p128arm) {
        ObjectNode o = json("{'lambda':{'default':{'requestPrice':0,'ephemeralStorageGbSecond':0}}}");
        ObjectNode def = (ObjectNode) o.path("lambda").path("default");
        def.putObject("x86_64").put("gbSecond", p128x86 * 8000);
        def.putObject("arm64").put("gbSecond", p128arm * 8000);
        ObjectNode af = ((ObjectNode) o.path("lambda")).putObject("af-south-1");
        af.putObject("x86_64").put("gbSecond", 2.8e-9 * 8000);
        return PriceTable.bundled().withOverrides(o);
    }

    /** Behaviour answering invocation i with (duration, init, billed) row i modulo the rows. */
    static FakeLambda.Behaviour rows(double[][] rows) {
        List<InvocationResult> results = new ArrayList<>();
        for (double[] row : rows) {
            results.add(new InvocationResult(null, "{}", FakeLambda.report(row[0], (long) row[2], row[1])));
        }
        return (qualifier, memory, payload, i) -> results.get(i % results.size());
    }
}
