package dev.powertuner.examples.orders;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A hand-sized shop whose numbers a test can follow with pencil and paper: three products, two stores next to the
 * central warehouse, German VAT, one coupon.
 */
final class SmallShop {
    static final byte[] KEY = "test-key".getBytes(StandardCharsets.UTF_8);

    private SmallShop() {
    }

    /** SKU-A (OFFICE, 10.00, 1.5 kg), SKU-B (FOOD, 4.99, 0.4 kg, reduced VAT), SKU-C (OFFICE, 8.00, 1 kg). */
    static Catalogue catalogue() {
        return new Catalogue(List.of(
                new Product(0, "SKU-A", "OFFICE", new BigDecimal("10.00"), 1_500, TaxClass.STANDARD),
                new Product(1, "SKU-B", "FOOD", new BigDecimal("4.99"), 400, TaxClass.REDUCED),
                new Product(2, "SKU-C", "OFFICE", new BigDecimal("8.00"), 1_000, TaxClass.STANDARD)),
                new float[][] {{1f, 0f}, {0f, 1f}, {0.6f, 0.8f}});
    }

    /** EUR and GBP (0.85); DE 19 % / 7 %; GOLD 4 %; 2 % from 10 units; OFFICE5 = 5 % on OFFICE. */
    static PricingRules rules() {
        return new PricingRules(Map.of("EUR", new BigDecimal("1"), "GBP", new BigDecimal("0.85")),
                Map.of("DE", new Country("DE", new BigDecimal("0.19"), new BigDecimal("0.07"))),
                Map.of("STANDARD", BigDecimal.ZERO, "GOLD", new BigDecimal("0.04")),
                new TreeMap<>(Map.of(1, BigDecimal.ZERO, 10, new BigDecimal("0.02"))),
                Map.of("OFFICE5", new Coupon("OFFICE5", "OFFICE", new BigDecimal("0.05"))));
    }

    /**
     * Warehouse DC (4.90 + 0.60/kg), ST-1 (1.00 + 0.50/kg, 100 units of everything), ST-2 (0.80 + 0.50/kg, only
     * SKU-B); all in Germany.
     */
    static FulfilmentNetwork network() {
        Store warehouse = store(0, "DC", "4.90", "0.60");
        Store first = store(1, "ST-1", "1.00", "0.50");
        Store second = store(2, "ST-2", "0.80", "0.50");
        return new FulfilmentNetwork(warehouse, List.of(first, second),
                (store, product) -> store.number() == 1 || product.index() == 1 ? 100 : 0);
    }

    static QuoteService service() {
        return new QuoteService(catalogue(), rules(), network(), new QuoteSigner(KEY));
    }

    static Store store(int number, String id, String handling, String domesticPerKg) {
        return new Store(number, id, "DE", new BigDecimal(handling), new BigDecimal(domesticPerKg),
                new BigDecimal("2.00"));
    }
}
