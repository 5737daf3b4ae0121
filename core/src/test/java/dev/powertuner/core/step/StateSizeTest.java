package dev.powertuner.core.step;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.powertuner.core.FakeLambda;
import dev.powertuner.core.cost.PriceTable;
import dev.powertuner.core.model.Analysis;
import dev.powertuner.core.model.StateJson;
import dev.powertuner.core.model.TuningState;
import dev.powertuner.core.viz.VisualizationUrl;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Large runs fit (docs/reference-differences.md): 100 power values × num 50, every state under 262,144 bytes, both modes. */
class StateSizeTest {

    static final int LIMIT = 262_144;

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void everyStateOfAHundredValuesTimesFiftyStaysUnderTheLimit(boolean onlyColdStarts) {
        FakeLambda fake = Runs.fake();
        ObjectNode input = hundredByFifty(onlyColdStarts);
        List<Integer> sizes = new ArrayList<>();
        sizes.add(size(input));
        TuningState state = new Initializer(fake, Runs.DEFAULTS).initialize(input, "a-long-execution-name-0123456789");
        ObjectNode whole = input.deepCopy();
        whole.set("lambdaConfigurations", StateJson.toJson(state));
        sizes.add(size(whole));
        Publisher publisher = new Publisher(fake);
        while (state.iterator().more()) {
            state = publisher.publish(state, () -> 60_000L);
            whole.set("lambdaConfigurations", StateJson.toJson(state));
            sizes.add(size(whole));
        }
        executeAll(fake, whole, sizes);
        Analysis analysis = new Analyzer(PriceTable.bundled(), "us-east-1", VisualizationUrl.DEFAULT_BASE)
                .analyze(whole).orElseThrow();
        whole.set("analysis", StateJson.toJson(analysis));
        sizes.add(size(whole));

        assertThat(sizes).allMatch(s -> s < LIMIT);
        assertThat(fake.calls("Invoke")).isEqualTo(5_000);
        assertThat(fake.calls("PublishVersion")).isEqualTo(onlyColdStarts ? 5_000 : 100);
    }

    private static ObjectNode hundredByFifty(boolean onlyColdStarts) {
        ObjectNode input = Runs.json("{'lambdaARN':'fn','num':50,'payload':{'message':'" + "p".repeat(4_000) + "'},"
                + "'includeOutputResults':true,'onlyColdStarts':" + onlyColdStarts + "}");
        ArrayNode powers = input.putArray("powerValues");
        for (int i = 0; i < 100; i++) {
            powers.add(128 + 64 * i);
        }
        return input;
    }

    /** Runs every Map item, records the item and result sizes, and stores {@code $.stats}. */
    private static void executeAll(FakeLambda fake, ObjectNode whole, List<Integer> sizes) {
        ArrayNode stats = Runs.MAPPER.createArrayNode();
        Executor executor = new Executor(fake, Runs.NO_S3, ms -> { }, PriceTable.bundled(), 50);
        for (JsonNode p : whole.path("powerValues")) {
            ObjectNode item = Runs.event(whole.deepCopy(), p.asInt());
            sizes.add(size(item));
            JsonNode result = StateJson.toJson(executor.execute(item, () -> 600_000L));
            assertThat(size(result)).isLessThan(1_024);
            stats.add(result);
        }
        whole.set("stats", stats);
        sizes.add(size(whole));
    }

    private static int size(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
