package dev.powertuner.examples.orders;

/**
 * Stock levels derived from a seed: each (store, product) pair holds 0 to {@code maxUnits} units, the same on every
 * call. Stands in for the stock service a real shop would query.
 */
final class SyntheticInventory implements Inventory {
    private final long seed;
    private final int maxUnits;

    SyntheticInventory(long seed, int maxUnits) {
        this.seed = seed;
        this.maxUnits = maxUnits;
    }

    @Override
    public int available(Store store, Product product) {
        long z = seed + store.number() * 0x9E3779B97F4A7C15L + product.index() * 0xC2B2AE3D27D4EB4FL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return (int) Math.floorMod(z, (long) maxUnits + 1);
    }
}
