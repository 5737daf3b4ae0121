package dev.powertuner.core.step;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs tasks on a bounded platform-thread pool and returns their non-null results in task order: a pool made for the
 * call, or one the caller keeps across calls.
 */
final class Parallel {

    private Parallel() {
    }

    static <T> List<T> run(List<Callable<T>> tasks, int parallelism) {
        if (tasks.isEmpty()) {
            return new ArrayList<>();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(parallelism, tasks.size())));
        try {
            return run(tasks, pool);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs the tasks on {@code pool}, which bounds the parallelism and outlives the call. */
    static <T> List<T> run(List<Callable<T>> tasks, ExecutorService pool) {
        List<T> out = new ArrayList<>();
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(task));
            }
            RuntimeException failure = null;
            for (Future<T> future : futures) {
                try {
                    T value = future.get();
                    if (value != null) {
                        out.add(value);
                    }
                } catch (ExecutionException e) {
                    failure = failure != null ? failure : unwrap(e);
                }
            }
            if (failure != null) {
                throw failure;
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static RuntimeException unwrap(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException) {
            return (RuntimeException) cause;
        }
        if (cause instanceof Error) {
            throw (Error) cause;
        }
        return new IllegalStateException(cause);
    }
}
