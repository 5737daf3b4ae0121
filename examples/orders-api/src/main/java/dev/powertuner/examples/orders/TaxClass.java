package dev.powertuner.examples.orders;

/** VAT class of a product. */
enum TaxClass {
    STANDARD,
    REDUCED
}
