package dev.powertuner.examples.orders;

import java.util.List;

/**
 * The body of {@code POST /orders/quote}: an order to price. Parsed by {@link OrderBodyReader}; checked by
 * {@link OrderValidator} before anything reads it.
 */
record QuoteRequest(String orderId, String currency, Customer customer, List<String> couponCodes, List<OrderLine> lines) {

    /** The coupon codes, or an empty list when the order has none. */
    List<String> coupons() {
        return couponCodes == null ? List.of() : couponCodes;
    }
}
