package dev.powertuner.local.environment;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The random draws of one function's simulated invocations, reproducible per memory size.
 *
 * <p>Each memory size has its own stream, a {@link SplittableRandom} seeded from the profile's seed and the size,
 * and every invocation at that size takes exactly three numbers from it, in this order: init, duration, error
 * (whether it uses them or not). The draws of the n-th invocation at a size are therefore a function of (seed, size,
 * n) alone, however invocations at different sizes interleave: two runs with the same seed see the same noise at each
 * size, and a run that invokes a size k times sees the first k draws of a run that invokes it more often.
 */
public final class ProfileNoise {
    private final long seed;
    private final Map<Integer, SplittableRandom> streams = new ConcurrentHashMap<>();

    public ProfileNoise(long seed) {
        this.seed = seed;
    }

    /** The uniform [0, 1) draws of one invocation. */
    public record Draws(double init, double duration, double error) {
    }

    /** The draws of the next invocation at {@code memorySize} MB. */
    public Draws next(int memorySize) {
        SplittableRandom stream = streams.computeIfAbsent(memorySize, m -> new SplittableRandom(streamSeed(seed, m)));
        synchronized (stream) {
            return new Draws(stream.nextDouble(), stream.nextDouble(), stream.nextDouble());
        }
    }

    /** Mixes seed and size (MurmurHash3's 64-bit finaliser) so that no two sizes' streams overlap in practice. */
    static long streamSeed(long seed, int memorySize) {
        return mix(mix(seed) + memorySize);
    }

    private static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
