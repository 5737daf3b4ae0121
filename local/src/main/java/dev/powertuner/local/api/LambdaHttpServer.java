package dev.powertuner.local.api;

import com.sun.net.httpserver.HttpServer;
import dev.powertuner.local.faults.Faults;
import dev.powertuner.local.invoke.InvokeService;
import dev.powertuner.local.process.ProcessHost;
import dev.powertuner.local.state.Registry;
import dev.powertuner.local.state.Settings;
import dev.powertuner.local.sts.Accounts;
import dev.powertuner.local.sts.Sts;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** The HTTP side of Local Lambda: the JDK HttpServer on the loopback address, its threads and its routes. */
public final class LambdaHttpServer implements AutoCloseable {
    static {
        // The JDK HttpServer leaves Nagle on: small responses then wait for the client's delayed ACK (~40 ms per
        // call on Linux). Read once, when the first HttpServer of the JVM is created.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService httpExecutor = Executors.newCachedThreadPool(daemon("local-lambda-http"));
    private final ExecutorService handlerExecutor = Executors.newCachedThreadPool(daemon("local-lambda-fn"));
    private final URI endpoint;

    /** Binds the port (0 = a free one); requests are served after {@link #start()}. */
    public LambdaHttpServer(int port, Settings settings, Registry registry, Faults faults, Accounts accounts, Sts sts,
                            Supplier<ProcessHost> processHost) throws IOException {
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1024);
        this.endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        InvokeService invoker = new InvokeService(settings, faults, handlerExecutor, endpoint::toString, processHost);
        server.createContext("/", new Router(new FunctionAccess(registry, settings),
                new ControlPlane(settings, registry, faults), invoker, faults, accounts, sts));
        server.setExecutor(httpExecutor);
    }

    /** {@code http://127.0.0.1:<port>}. */
    public URI endpoint() {
        return endpoint;
    }

    public void start() {
        server.start();
    }

    /** Stops serving and interrupts the request and handler threads. */
    @Override
    public void close() {
        server.stop(0);
        httpExecutor.shutdownNow();
        handlerExecutor.shutdownNow();
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
