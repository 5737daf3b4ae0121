package dev.powertuner.examples.orders;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Ship-from-store sourcing: every line ships from the store with stock that ships it most cheaply; the central
 * warehouse, which always has stock, is the fallback. Ties go to the earlier store.
 */
final class FulfilmentNetwork {
    static final int STANDARD_STORES = 240;
    static final int STANDARD_MAX_UNITS = 60;

    private static final List<String> STORE_COUNTRIES = List.of("DE", "AT", "FR", "NL", "BE", "IT", "ES", "PL", "SE",
            "DK", "IE", "GB");

    private final Store centralWarehouse;
    private final List<Store> stores;
    private final Inventory inventory;

    FulfilmentNetwork(Store centralWarehouse, List<Store> stores, Inventory inventory) {
        this.centralWarehouse = centralWarehouse;
        this.stores = List.copyOf(stores);
        this.inventory = inventory;
    }

    /** {@code storeCount} stores spread over twelve countries, stock from a {@link SyntheticInventory}. */
    static FulfilmentNetwork generate(int storeCount, int maxUnits, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Store> stores = new ArrayList<>(storeCount);
        for (int i = 1; i <= storeCount; i++) {
            String country = STORE_COUNTRIES.get(i % STORE_COUNTRIES.size());
            stores.add(new Store(i, String.format("ST-%s-%03d", country, i), country, cents(random, 90, 350),
                    cents(random, 35, 90), cents(random, 110, 280)));
        }
        Store warehouse = new Store(0, "DC-DE-001", "DE", new BigDecimal("4.90"), new BigDecimal("0.60"),
                new BigDecimal("1.90"));
        return new FulfilmentNetwork(warehouse, stores, new SyntheticInventory(seed, maxUnits));
    }

    /** The cheapest source for {@code quantity} units of {@code product} delivered to {@code country}. */
    Source cheapest(Product product, int quantity, String country) {
        int billableKg = billableKg(product, quantity);
        Store best = centralWarehouse;
        BigDecimal bestCost = centralWarehouse.shippingCost(billableKg, country);
        for (Store store : stores) {
            if (inventory.available(store, product) >= quantity) {
                BigDecimal cost = store.shippingCost(billableKg, country);
                if (cost.compareTo(bestCost) < 0) {
                    best = store;
                    bestCost = cost;
                }
            }
        }
        return new Source(best.id(), bestCost);
    }

    /** Started kilograms, at least one. */
    static int billableKg(Product product, int quantity) {
        long grams = (long) product.weightGrams() * quantity;
        return (int) Math.max(1, (grams + 999) / 1000);
    }

    private static BigDecimal cents(SplittableRandom random, int from, int to) {
        return BigDecimal.valueOf(from + random.nextInt(to - from + 1), Money.SCALE);
    }
}
