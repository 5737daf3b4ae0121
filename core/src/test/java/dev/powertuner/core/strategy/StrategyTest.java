package dev.powertuner.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.powertuner.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StrategyTest {

    private static Candidate c(int power, double cost, double duration) {
        return new Candidate(power, cost, duration);
    }

    @Test
    void balancedRanksASubsetWithTheMaximaOfAllCandidates() {
        var all = List.of(c(128, 10, 400), c(256, 12, 200), c(512, 22, 110), c(3008, 200, 100));
        var among = List.of(c(256, 12, 200), c(512, 22, 110));

        // normalised by 3008's cost, cost barely counts and 512 wins; by the subset's own maxima, 256 would
        assertThat(Strategy.BALANCED.rank(among, all, 0.5).get(0).power()).isEqualTo(512);
        assertThat(Strategy.BALANCED.rank(among, 0.5).get(0).power()).isEqualTo(256);
    }

    @Test
    void cheapestWinsTiesBrokenBySpeed() {
        var stats = List.of(c(128, 100, 100), c(256, 100, 90), c(512, 300, 200));

        assertThat(Strategy.COST.pick(stats, 0.5).power()).isEqualTo(256);
    }

    @Test
    void fastestWinsTiesBrokenByCost() {
        var stats = List.of(c(128, 100, 200), c(256, 90, 200), c(512, 300, 400));

        assertThat(Strategy.SPEED.pick(stats, 0.5).power()).isEqualTo(256);
    }

    @Test
    void balancedWorkedExamplesOfSection57() {
        var half = List.of(c(128, 101, 300), c(256, 200, 200), c(512, 300, 101));
        var third = List.of(c(128, 100, 300), c(256, 200, 200), c(512, 300, 100), c(1024, 1000, 50));

        assertThat(Strategy.score(half.get(1), 0.5, 300, 300)).isEqualTo(0.5 * 200 / 300 + 0.5 * 200 / 300);
        assertThat(Strategy.BALANCED.pick(half, 0.5).power()).isEqualTo(256);
        assertThat(Strategy.BALANCED.pick(third, 0.3).power()).isEqualTo(512);
        assertThat(Strategy.score(third.get(0), 0.3, 1000, 300)).isCloseTo(0.73, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void equalBalancedScoresKeepInputOrderAndWeightIsClamped() {
        var stats = List.of(c(512, 2, 1), c(128, 1, 2));

        assertThat(Strategy.BALANCED.pick(stats, 0.5).power()).isEqualTo(512);
        assertThat(Strategy.BALANCED.pick(stats, 7).power()).isEqualTo(128);
        assertThat(Strategy.BALANCED.pick(stats, -3).power()).isEqualTo(512);
    }

    @Test
    void pickNeverReordersItsInputAndReturnsAMinimum() {
        Random random = new Random(99);
        for (int run = 0; run < 500; run++) {
            List<Candidate> stats = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(20); i++) {
                stats.add(c(128 + i, random.nextInt(5), random.nextInt(5)));
            }
            List<Candidate> copy = List.copyOf(stats);

            Candidate cheapest = Strategy.COST.pick(stats, 0.5);
            Candidate fastest = Strategy.SPEED.pick(stats, 0.5);

            assertThat(stats).isEqualTo(copy);
            assertThat(stats).allMatch(s -> s.cost() >= cheapest.cost());
            assertThat(stats).allMatch(s -> s.duration() >= fastest.duration());
        }
    }

    @Test
    void parseAcceptsTheThreeLowerCaseNamesAndFalsyMeansCost() {
        assertThat(Strategy.parse(NullNode.getInstance())).isEqualTo(Strategy.COST);
        assertThat(Strategy.parse(TextNode.valueOf(""))).isEqualTo(Strategy.COST);
        assertThat(Strategy.parse("balanced")).isEqualTo(Strategy.BALANCED);
        assertThatThrownBy(() -> Strategy.parse("COST")).isInstanceOf(InvalidInputException.class)
                .hasMessage("Invalid strategy: \"COST\". Valid strategies are cost, speed and balanced.");
    }
}
