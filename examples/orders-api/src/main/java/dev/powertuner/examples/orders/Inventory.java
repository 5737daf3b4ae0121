package dev.powertuner.examples.orders;

/** Stock levels: how many units of a product a store can ship now. */
@FunctionalInterface
interface Inventory {
    int available(Store store, Product product);
}
