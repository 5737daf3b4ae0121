package dev.powertuner.examples.orders;

/** Who asks for the quote: the tier sets the loyalty discount, the country the tax rates and shipping zone. */
record Customer(String id, String tier, String country) {
}
