package dev.powertuner.local.runtimeapi;

import io.netty.channel.Channel;
import java.util.concurrent.CompletableFuture;

/**
 * The Runtime API of one execution environment: hands out one event at a time to the runtime's long-polling
 * {@code next} and completes it with the runtime's response or error. Thread-safe; Netty calls the {@code on…}
 * methods, the environment calls {@link #initialized()}, {@link #submit} and {@link #processExited()}.
 */
public final class RuntimeEndpoint implements AutoCloseable {
    private final CompletableFuture<InitResult> init = new CompletableFuture<>();
    private final Channel listener;
    private final int port;
    private Invocation pending;
    private Invocation current;
    private long handedOutNanos;
    private CompletableFuture<InvocationResult> result;
    private NextWaiter parked;

    RuntimeEndpoint(Channel listener, int port) {
        this.listener = listener;
        this.port = port;
    }

    /** A parked {@code GET next}: answered when an event arrives. */
    interface NextWaiter {
        void send(Invocation invocation);
    }

    /** {@code 127.0.0.1:<port>}, the value of AWS_LAMBDA_RUNTIME_API. */
    public String address() {
        return "127.0.0.1:" + port;
    }

    /** Completes when the runtime first asks for an event, reports an init error, or exits. */
    public CompletableFuture<InitResult> initialized() {
        return init;
    }

    /** Queues an event for the runtime; the future completes with its answer (or EXITED). One at a time. */
    public synchronized CompletableFuture<InvocationResult> submit(Invocation invocation) {
        if (result != null && !result.isDone()) {
            throw new IllegalStateException("an invocation is already running in this environment");
        }
        result = new CompletableFuture<>();
        pending = invocation;
        if (parked != null) {
            NextWaiter waiter = parked;
            parked = null;
            handOut(waiter);
        }
        return result;
    }

    /** The process ended: whatever waits completes as EXITED. */
    public synchronized void processExited() {
        long now = System.nanoTime();
        init.complete(new InitResult(InitResult.Kind.EXITED, new byte[0], null, now));
        if (result != null) {
            result.complete(new InvocationResult(InvocationResult.Kind.EXITED, new byte[0], null,
                    current == null ? now : handedOutNanos, now));
        }
    }

    synchronized void onNext(NextWaiter waiter) {
        init.complete(new InitResult(InitResult.Kind.READY, new byte[0], null, System.nanoTime()));
        if (pending != null) {
            handOut(waiter);
        } else {
            parked = waiter;
        }
    }

    private void handOut(NextWaiter waiter) {
        current = pending;
        pending = null;
        handedOutNanos = System.nanoTime();
        waiter.send(current);
    }

    /** The runtime's response or error for {@code requestId}; false when that id is not the running one. */
    synchronized boolean onAnswer(String requestId, InvocationResult.Kind kind, byte[] body, String errorType) {
        if (current == null || !current.requestId().equals(requestId) || result == null || result.isDone()) {
            return false;
        }
        result.complete(new InvocationResult(kind, body, errorType, handedOutNanos, System.nanoTime()));
        current = null;
        return true;
    }

    synchronized void onInitError(byte[] body, String errorType) {
        init.complete(new InitResult(InitResult.Kind.ERROR, body, errorType, System.nanoTime()));
    }

    @Override
    public void close() {
        processExited();
        listener.close();
    }
}
