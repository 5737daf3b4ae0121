package dev.powertuner.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InvokerThreadsTest {

    private final Set<String> names = ConcurrentHashMap.newKeySet();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();

    private void runBatch(ExecutorService pool, int tasks) throws Exception {
        List<Future<Boolean>> futures = new ArrayList<>();
        Callable<Boolean> task = () -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            names.add(Thread.currentThread().getName());
            assertThat(Thread.currentThread().isDaemon()).isTrue();
            Thread.sleep(5);
            running.decrementAndGet();
            return true;
        };
        for (int i = 0; i < tasks; i++) {
            futures.add(pool.submit(task));
        }
        for (Future<Boolean> future : futures) {
            assertThat(future.get()).isTrue();
        }
    }

    @Test
    void consecutiveCallsShareAtMostTheLimitOfThreads() throws Exception {
        ExecutorService pool = InvokerThreads.pool(4);

        runBatch(pool, 10);
        runBatch(pool, 10);
        runBatch(pool, 10);

        assertThat(names).hasSizeLessThanOrEqualTo(4).allMatch(n -> n.startsWith("powertuner-invoker-"));
        assertThat(mostAtOnce.get()).isLessThanOrEqualTo(4);
        assertThat(pool.isShutdown()).isFalse();
    }

    @Test
    void aLimitBelowOneStillRuns() throws Exception {
        runBatch(InvokerThreads.pool(0), 3);

        assertThat(names).hasSize(1);
    }
}
