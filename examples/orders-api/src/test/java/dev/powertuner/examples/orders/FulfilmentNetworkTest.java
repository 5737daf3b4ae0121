package dev.powertuner.examples.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FulfilmentNetworkTest {
    private final Catalogue catalogue = SmallShop.catalogue();
    private final FulfilmentNetwork network = SmallShop.network();

    @Test
    void cheapestStoreWithStockShips() {
        Source source = network.cheapest(catalogue.find("SKU-B"), 3, "DE");

        assertThat(source.storeId()).isEqualTo("ST-2");
        assertThat(source.shippingCostEur()).isEqualByComparingTo("1.80");
    }

    @Test
    void warehouseShipsWhenNoStoreHasEnoughStock() {
        Source source = network.cheapest(catalogue.find("SKU-A"), 101, "DE");

        // 101 × 1.5 kg = 151.5 kg → 152 started kg; 4.90 + 0.60 × 152
        assertThat(source.storeId()).isEqualTo("DC");
        assertThat(source.shippingCostEur()).isEqualByComparingTo("96.10");
    }

    @Test
    void tiesGoToTheEarlierStore() {
        Store first = SmallShop.store(1, "ST-1", "1.00", "0.50");
        Store twin = SmallShop.store(2, "ST-2", "1.00", "0.50");
        FulfilmentNetwork twins = new FulfilmentNetwork(SmallShop.store(0, "DC", "4.90", "0.60"),
                List.of(first, twin), (store, product) -> 10);

        assertThat(twins.cheapest(catalogue.find("SKU-A"), 1, "DE").storeId()).isEqualTo("ST-1");
    }

    @Test
    void crossBorderRateAppliesAbroad() {
        Store store = SmallShop.store(1, "ST-1", "1.00", "0.50");

        assertThat(store.shippingCost(3, "AT")).isEqualByComparingTo(new BigDecimal("7.00"));
        assertThat(store.shippingCost(3, "DE")).isEqualByComparingTo(new BigDecimal("2.50"));
    }

    @Test
    void billableWeightCountsStartedKilogramsAndAtLeastOne() {
        Product light = new Product(0, "L", "FOOD", BigDecimal.ONE, 50, TaxClass.REDUCED);
        Product heavy = new Product(1, "H", "TOOLS", BigDecimal.ONE, 1_001, TaxClass.STANDARD);

        assertThat(FulfilmentNetwork.billableKg(light, 1)).isEqualTo(1);
        assertThat(FulfilmentNetwork.billableKg(heavy, 1)).isEqualTo(2);
        assertThat(FulfilmentNetwork.billableKg(heavy, 999)).isEqualTo(1_000);
    }

    @Test
    void syntheticStockIsStableAndWithinBounds() {
        SyntheticInventory inventory = new SyntheticInventory(7L, 60);
        Store store = SmallShop.store(5, "ST-5", "1.00", "0.50");
        Product product = catalogue.find("SKU-C");

        assertThat(inventory.available(store, product)).isBetween(0, 60)
                .isEqualTo(new SyntheticInventory(7L, 60).available(store, product));
    }
}
