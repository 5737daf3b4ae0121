package dev.powertuner.examples.orders;

import java.math.BigDecimal;

/** Where a line ships from and what shipping costs, in euros. */
record Source(String storeId, BigDecimal shippingCostEur) {
}
