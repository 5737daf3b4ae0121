package dev.powertuner.functions;

import dev.powertuner.core.port.PayloadSource;
import java.util.function.Supplier;

/**
 * A {@link PayloadSource} built on first use: most runs have no {@code payloadS3}, and building an S3 client costs
 * about half a second of a cold start. Under SnapStart the {@link Primer} builds it before the snapshot.
 */
final class LazyPayloadSource implements PayloadSource {

    private final Supplier<PayloadSource> factory;
    private volatile PayloadSource delegate;

    LazyPayloadSource(Supplier<PayloadSource> factory) {
        this.factory = factory;
    }

    /** Builds the delegate now if it does not exist yet. */
    PayloadSource get() {
        PayloadSource d = delegate;
        if (d == null) {
            synchronized (this) {
                d = delegate;
                if (d == null) {
                    d = factory.get();
                    delegate = d;
                }
            }
        }
        return d;
    }

    boolean built() {
        return delegate != null;
    }

    @Override
    public String fetch(String bucket, String key) {
        return get().fetch(bucket, key);
    }
}
