package dev.powertuner.examples.orders;

import java.math.BigDecimal;
import java.util.List;

/**
 * Prices one line: list price converted and rounded per unit; volume, loyalty and coupon discounts compounded and
 * rounded once; shipping from the cheapest source; VAT of the destination country on goods plus shipping.
 */
final class LinePricer {
    private final PricingRules rules;
    private final FulfilmentNetwork network;

    LinePricer(PricingRules rules, FulfilmentNetwork network) {
        this.rules = rules;
        this.network = network;
    }

    PricedLine price(Product product, int quantity, QuoteTerms terms, List<String> alternatives) {
        BigDecimal unitPrice = Money.round(product.listPrice().multiply(terms.exchangeRate()));
        BigDecimal gross = unitPrice.multiply(BigDecimal.valueOf(quantity));
        BigDecimal kept = keep(rules.volumeRate(quantity))
                .multiply(keep(terms.tierRate()))
                .multiply(keep(terms.couponRate(product.category())));
        BigDecimal discount = Money.round(gross.multiply(BigDecimal.ONE.subtract(kept)));
        Source source = network.cheapest(product, quantity, terms.country().code());
        BigDecimal shipping = Money.round(source.shippingCostEur().multiply(terms.exchangeRate()));
        BigDecimal taxable = gross.subtract(discount).add(shipping);
        BigDecimal tax = Money.round(taxable.multiply(terms.country().rate(product.taxClass())));
        return new PricedLine(product.sku(), quantity, unitPrice, gross, discount, shipping, tax, taxable.add(tax),
                source.storeId(), alternatives);
    }

    private static BigDecimal keep(BigDecimal rate) {
        return BigDecimal.ONE.subtract(rate);
    }
}
