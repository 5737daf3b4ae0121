package dev.powertuner.core.step;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.powertuner.core.FakeLambda;
import dev.powertuner.core.cost.PriceTable;
import dev.powertuner.core.model.Analysis;
import dev.powertuner.core.model.PowerValueResult;
import dev.powertuner.core.model.StateJson;
import dev.powertuner.core.model.TuningState;
import dev.powertuner.core.viz.VisualizationUrl;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reference-contract 8h: 100 power values × num 50, every state under 262,144 bytes, both modes. */
class StateSizeTest {

    static final int LIMIT = 262_144;

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void everyStateOfAHundredValuesTimesFiftyStaysUnderTheLimit(boolean onlyColdStarts) {
        FakeLambda fake = Runs.fake();
        ObjectNode input = Runs.json("{'lambdaARN':'fn','num':50,'payload':{'message':'" + "p".repeat(4_000) + "'},"
                + "'includeOutputResults':true,'onlyColdStarts':" + onlyColdStarts + "}");
        ArrayNode powers = input.putArray("powerValues");
        for (int i = 0; i < 100; i++) {
            powers.add(128 + 64 * i);
        }
        List<Integer> sizes = new ArrayList<>();
        sizes.add(size(input));
        TuningState state = new Initializer(fake, Runs.DEFAULTS).initialize(input, "a-long-execution-name-0123456789");
        ObjectNode whole = input.deepCopy();
        whole.set("lambdaConfigurations", StateJson.toJson(state));
        sizes.add(size(whole));
        Publisher publisher = new Publisher(fake);
        int publisherCalls = 0;
        while (state.iterator().more()) {
            state = publisher.publish(state, () -> 60_000L);
            publisherCalls++;
            whole.set("lambdaConfigurations", StateJson.toJson(state));
            sizes.add(size(whole));
        }
        ArrayNode stats = whole.putArray("stats");
        Executor executor = new Executor(fake, Runs.NO_S3, ms -> { }, PriceTable.bundled(), 50);
        for (JsonNode p : powers) {
            ObjectNode item = Runs.event(whole.deepCopy().without("stats"), p.asInt());
            sizes.add(size(item));
            PowerValueResult r = executor.execute(item, () -> 600_000L);
            JsonNode result = StateJson.toJson(r);
            assertThat(size(result)).isLessThan(1_024);
            stats.add(result);
        }
        sizes.add(size(whole));
        Analysis analysis = new Analyzer(PriceTable.bundled(), "us-east-1", VisualizationUrl.DEFAULT_BASE)
                .analyze(whole).orElseThrow();
        whole.set("analysis", StateJson.toJson(analysis));
        sizes.add(size(whole));

        assertThat(sizes).allMatch(s -> s < LIMIT);
        assertThat(fake.calls("Invoke")).isEqualTo(5_000);
        assertThat(publisherCalls).isLessThan(onlyColdStarts ? 5_000 : 100);
    }

    private static int size(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
