package dev.powertuner.examples.orders;

import java.util.List;

/**
 * The response to {@code POST /orders/quote}. {@code digest} is the SHA-256 of the canonical order, {@code signature}
 * an HMAC-SHA256 over the digest and the grand total, so the checkout can verify the quote it gets back.
 */
record Quote(String quoteId, String orderId, String customerId, String currency, Totals totals, List<PricedLine> lines,
             String digest, String signature) {

    Quote {
        lines = List.copyOf(lines);
    }
}
