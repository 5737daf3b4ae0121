package dev.powertuner.examples.orders;

import java.math.BigDecimal;

/** A catalogue entry; {@code listPrice} is in euros, {@code index} its position in the catalogue. */
record Product(int index, String sku, String category, BigDecimal listPrice, int weightGrams, TaxClass taxClass) {
}
