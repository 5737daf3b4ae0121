package dev.powertuner.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyPayloadSourceTest {

    @Test
    void delegateIsBuiltOnFirstFetchOnly() {
        AtomicInteger built = new AtomicInteger();
        LazyPayloadSource source = new LazyPayloadSource(() -> {
            built.incrementAndGet();
            return (bucket, key) -> bucket + "/" + key;
        });

        assertThat(source.built()).isFalse();
        assertThat(source.fetch("b", "k")).isEqualTo("b/k");
        assertThat(source.fetch("b", "k2")).isEqualTo("b/k2");
        assertThat(built).hasValue(1);
    }

    @Test
    void primerBuildsRegisteredSourcesBeforeTheCheckpoint() {
        LazyPayloadSource source = Primer.warmBeforeCheckpoint(new LazyPayloadSource(() -> (bucket, key) -> "x"));

        Primer.instance().beforeCheckpoint(null);

        assertThat(source.built()).isTrue();
    }
}
