package dev.powertuner.e2e;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.powertuner.functions.PublisherHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real PublisherHandler, except that invocation number {@link #failAtCall} (counted from {@link #arm}) throws
 * instead of publishing: a Publisher that dies halfway through a run, after earlier calls published versions.
 */
final class FailingPublisher implements RequestStreamHandler {
    static final String MESSAGE = "injected: UpdateFunctionConfiguration kept failing";
    private static final AtomicInteger CALLS = new AtomicInteger();
    private static final AtomicInteger FAIL_AT = new AtomicInteger(-1);

    private final PublisherHandler publisher;

    FailingPublisher(Map<String, String> env) {
        this.publisher = new PublisherHandler(env);
    }

    /** Fails the {@code call}-th Publisher invocation from now on (1 = the next one). */
    static void arm(int call) {
        CALLS.set(0);
        FAIL_AT.set(call);
    }

    static void disarm() {
        FAIL_AT.set(-1);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        if (CALLS.incrementAndGet() == FAIL_AT.get()) {
            throw new IllegalStateException(MESSAGE);
        }
        publisher.handleRequest(input, output, context);
    }
}
