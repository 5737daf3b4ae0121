package dev.powertuner.examples.orders;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import java.lang.management.ManagementFactory;

/**
 * Times the handler on events/quote.json in one JVM: the constructor (what Lambda reports as Init Duration, without
 * class loading by the runtime) and then each call (the first is cold JIT, later ones are warm invocations).
 * Run from examples/orders-api: {@code java -cp target/classes:target/test-classes:<test classpath>
 * dev.powertuner.examples.orders.QuoteBench [calls]}.
 */
final class QuoteBench {
    private QuoteBench() {
    }

    public static void main(String[] args) {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        APIGatewayProxyRequestEvent event = EventLoader.loadApiGatewayRestEvent("events/quote.json");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        OrdersHandler handler = new OrdersHandler();
        System.out.printf("init %.1f ms%n", (System.nanoTime() - start) / 1e6);
        TestContext context = new TestContext();
        for (int i = 1; i <= calls; i++) {
            long allocated = threads.getCurrentThreadAllocatedBytes();
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            int status = handler.handleRequest(event, context).getStatusCode();
            System.out.printf("call %2d: %d, %7.1f ms wall, %7.1f ms cpu, %6.1f MB allocated%n", i, status,
                    (System.nanoTime() - wall) / 1e6, (threads.getCurrentThreadCpuTime() - cpu) / 1e6,
                    (threads.getCurrentThreadAllocatedBytes() - allocated) / 1e6);
        }
    }
}
