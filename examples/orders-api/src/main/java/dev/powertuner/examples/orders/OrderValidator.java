package dev.powertuner.examples.orders;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Checks an order before pricing; the first problem found becomes the 400 message. */
final class OrderValidator {
    static final int MAX_LINES = 5_000;
    static final int MAX_QUANTITY = 10_000;

    private final Catalogue catalogue;
    private final PricingRules rules;

    OrderValidator(Catalogue catalogue, PricingRules rules) {
        this.catalogue = catalogue;
        this.rules = rules;
    }

    void validate(QuoteRequest order) {
        require(order != null, "The body must be a JSON order object with orderId, currency, customer and lines");
        require(order.orderId() != null && !order.orderId().isBlank(), "orderId is required");
        requireKnown("currency", order.currency(), rules.exchangeRates());
        Customer customer = order.customer();
        require(customer != null, "customer is required");
        require(customer.id() != null && !customer.id().isBlank(), "customer.id is required");
        requireKnown("customer.tier", customer.tier(), rules.tierRates());
        requireKnown("customer.country", customer.country(), rules.countries());
        List<String> coupons = order.coupons();
        for (int i = 0; i < coupons.size(); i++) {
            requireKnown("couponCodes[" + i + "]", coupons.get(i), rules.coupons());
        }
        validateLines(order.lines());
    }

    private void validateLines(List<OrderLine> lines) {
        require(lines != null && !lines.isEmpty() && lines.size() <= MAX_LINES,
                "lines must hold 1 to " + MAX_LINES + " items");
        for (int i = 0; i < lines.size(); i++) {
            OrderLine line = lines.get(i);
            String where = "lines[" + i + "]";
            require(line != null, where + " must be an object with sku and quantity");
            require(line.sku() != null, where + ".sku is required");
            require(catalogue.find(line.sku()) != null, where + ".sku: unknown SKU '" + line.sku() + "'");
            Integer quantity = line.quantity();
            require(quantity != null, where + ".quantity is required");
            require(quantity >= 1 && quantity <= MAX_QUANTITY,
                    where + ".quantity must be between 1 and " + MAX_QUANTITY + ", got " + quantity);
        }
    }

    private static void requireKnown(String field, String value, Map<String, ?> known) {
        require(value != null && known.containsKey(value),
                field + " must be one of " + new TreeSet<>(known.keySet()) + ", got " + quoted(value));
    }

    private static String quoted(String value) {
        return value == null ? "nothing" : "'" + value + "'";
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new InvalidOrderException(message);
        }
    }
}
