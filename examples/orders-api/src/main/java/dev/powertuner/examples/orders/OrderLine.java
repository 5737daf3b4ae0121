package dev.powertuner.examples.orders;

/** One line of an order: a catalogue SKU and a quantity. */
record OrderLine(String sku, Integer quantity) {
}
