package dev.powertuner.local.environment;

import java.util.ArrayDeque;
import java.util.Deque;

/** Idle execution environments of one function version (LIFO, as the most recently used one is the warmest). */
public final class EnvironmentPool {
    private final Deque<ExecutionEnvironment> idle = new ArrayDeque<>();
    private boolean closed;

    /** An idle environment, or null when a new one must be created (a cold start). */
    public ExecutionEnvironment take() {
        while (true) {
            ExecutionEnvironment env;
            synchronized (this) {
                env = idle.pollFirst();
            }
            if (env == null || env.alive()) {
                return env;
            }
            env.close();
        }
    }

    /** Returns an environment after a successful invocation. */
    public void release(ExecutionEnvironment env) {
        synchronized (this) {
            if (!closed) {
                idle.addFirst(env);
                return;
            }
        }
        env.close();
    }

    public void close() {
        synchronized (this) {
            closed = true;
        }
        ExecutionEnvironment env = take();
        while (env != null) {
            env.close();
            env = take();
        }
    }
}
