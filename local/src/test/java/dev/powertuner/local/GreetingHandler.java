package dev.powertuner.local;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Test handler: a RequestHandler with record input and output; throws for the name "boom". */
public final class GreetingHandler implements RequestHandler<GreetingHandler.Request, GreetingHandler.Reply> {

    /** Input. */
    public record Request(String name) {
    }

    /** Output. */
    public record Reply(String greeting) {
    }

    @Override
    public Reply handleRequest(Request input, Context context) {
        if ("boom".equals(input.name())) {
            throw new IllegalStateException("boom requested");
        }
        if ("sleep".equals(input.name())) {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new Reply("hello " + input.name());
    }
}
