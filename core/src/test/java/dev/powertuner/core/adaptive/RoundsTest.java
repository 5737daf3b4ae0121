package dev.powertuner.core.adaptive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.powertuner.core.model.AdaptiveSettings;
import dev.powertuner.core.strategy.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoundsTest {

    private static final AdaptiveSettings DEFAULTS = new AdaptiveSettings(0.95, 5);

    /** A batch of warm invocations at {@code power} with the given durations (billed = rounded up). */
    private static SizeSummary batch(int power, double msPrice, double... durations) {
        SizeSummary s = new SizeSummary(power, 0, 0, 0, 0, 0, 0, msPrice);
        for (double d : durations) {
            s = s.withSample(d, Math.ceil(d));
        }
        return s;
    }

    private static Progress firstRound(List<SizeSummary> batches) {
        List<Integer> powers = new ArrayList<>();
        batches.forEach(b -> powers.add(b.power()));
        return Progress.start(DEFAULTS, powers, 50).withRound(batches, List.of());
    }

    @Test
    void aSizeWhoseIntervalIsEntirelyWorseIsDroppedAndTheLastOneLeftEndsTheRun() {
        Progress p = firstRound(List.of(batch(128, 1, 100, 104, 98, 101, 97), batch(256, 2, 300, 310, 290, 305, 295)));

        Progress decided = Rounds.decide(p, Strategy.SPEED, 0.5, 50);

        assertThat(decided.dropped()).isEqualTo(Map.of(256, 1));
        assertThat(decided.done()).isTrue();
        assertThat(decided.confidence()).isEqualTo(0.95);
        assertThat(decided.contenders()).isEmpty();
    }

    @Test
    void overlappingIntervalsKeepBothAndTheNextRoundDoublesTheTarget() {
        Progress p = firstRound(List.of(batch(128, 1, 100, 120, 90, 110, 95), batch(256, 2, 105, 98, 115, 92, 101)));

        Progress decided = Rounds.decide(p, Strategy.SPEED, 0.5, 50);

        assertThat(decided.dropped()).isEmpty();
        assertThat(decided.done()).isFalse();
        assertThat(decided.target()).isEqualTo(10);
        assertThat(decided.batch(128)).isEqualTo(5);
    }

    @Test
    void costWeighsTheDurationByThePriceOfAMillisecondAtTheSize() {
        List<SizeSummary> sameSpeed = List.of(batch(128, 1, 100, 104, 98, 101, 97),
                batch(256, 2, 100, 104, 98, 101, 97));

        assertThat(Rounds.decide(firstRound(sameSpeed), Strategy.SPEED, 0.5, 50).dropped()).isEmpty();
        assertThat(Rounds.decide(firstRound(sameSpeed), Strategy.COST, 0.5, 50).dropped()).isEqualTo(Map.of(256, 1));
    }

    @Test
    void balancedNormalisesWithTheMaximaOfEverySize() {
        // 1024 is twice as fast as 128 at 8 times the price per ms: equal weights favour 128 only if
        // the duration part (normalised by 128's) weighs less than the cost part (normalised by 1024's)
        List<SizeSummary> sizes = List.of(batch(128, 1, 400, 404, 398, 401, 397), batch(1024, 8, 200, 202, 199, 201, 198));

        Progress balanced = Rounds.decide(firstRound(sizes), Strategy.BALANCED, 0.5, 50);
        Progress speedy = Rounds.decide(firstRound(sizes), Strategy.BALANCED, 0.0, 50);

        assertThat(balanced.dropped()).isEqualTo(Map.of(1024, 1));
        assertThat(speedy.dropped()).isEqualTo(Map.of(128, 1));
    }

    @Test
    void sizesStillTiedAtNumEndTheRunWithTheConfidenceTheyReached() {
        Progress p = Progress.start(DEFAULTS, List.of(128, 256), 5)
                .withRound(List.of(batch(128, 1, 100, 120, 90, 110, 95), batch(256, 1, 105, 98, 115, 92, 101)),
                        List.of());

        Progress decided = Rounds.decide(p, Strategy.SPEED, 0.5, 5);

        assertThat(decided.done()).isTrue();
        assertThat(decided.dropped()).isEmpty();
        assertThat(decided.confidence()).isGreaterThanOrEqualTo(0.5).isLessThan(0.95);
    }

    @Test
    void aFailedSizeLeavesTheContestWithoutADrop() {
        Progress p = Progress.start(DEFAULTS, List.of(128, 256, 512), 50)
                .withRound(List.of(batch(128, 1, 100, 120, 90, 110, 95), batch(256, 2, 105, 98, 115, 92, 101)),
                        List.of(512));

        Progress decided = Rounds.decide(p, Strategy.SPEED, 0.5, 50);

        assertThat(decided.failed()).containsExactly(512);
        assertThat(decided.contends(512)).isFalse();
        assertThat(decided.dropped()).doesNotContainKey(512);
        assertThat(decided.contenders()).extracting(SizeSummary::power).containsExactly(128, 256);
    }

    @Test
    void theScheduleDoublesUpToNum() {
        List<Integer> targets = new ArrayList<>();
        int t = Schedule.first(DEFAULTS, 50);
        targets.add(t);
        while (t < 50) {
            t = Schedule.next(DEFAULTS, t, 50);
            targets.add(t);
        }

        assertThat(targets).containsExactly(5, 10, 20, 40, 50);
        assertThat(Schedule.next(new AdaptiveSettings(0.95, 8), 8, 12)).isEqualTo(12);
    }
}
