package dev.powertuner.functions;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Executor's threads for parallel invocations, one pool per handler instance: at most {@code parallelLimit}
 * platform threads, made on demand and kept across invocations of a warm environment (a new pool per call started up
 * to 100 threads each time). Idle threads end after a minute; they are daemons, so they never keep a JVM alive.
 */
final class InvokerThreads {
    static final long IDLE_SECONDS = 60;

    private InvokerThreads() {
    }

    static ExecutorService pool(int parallelLimit) {
        int size = Math.max(1, parallelLimit);
        ThreadPoolExecutor pool = new ThreadPoolExecutor(size, size, IDLE_SECONDS, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemons());
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private static ThreadFactory daemons() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "powertuner-invoker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
