package dev.powertuner.examples.orders;

import java.util.ArrayList;
import java.util.List;

/** Validates, prices every line, adds up, digests and signs: the work behind {@code POST /orders/quote}. */
final class QuoteService {
    private final Catalogue catalogue;
    private final PricingRules rules;
    private final OrderValidator validator;
    private final LinePricer pricer;
    private final Alternatives alternatives;
    private final QuoteSigner signer;

    QuoteService(Catalogue catalogue, PricingRules rules, FulfilmentNetwork network, QuoteSigner signer) {
        this.catalogue = catalogue;
        this.rules = rules;
        this.validator = new OrderValidator(catalogue, rules);
        this.pricer = new LinePricer(rules, network);
        this.alternatives = new Alternatives(catalogue);
        this.signer = signer;
    }

    /** The deployed configuration: 20,000 products, 240 stores, the standard rules. */
    static QuoteService standard(byte[] signingKey) {
        return new QuoteService(CatalogueGenerator.standard(), PricingRules.standard(),
                FulfilmentNetwork.generate(FulfilmentNetwork.STANDARD_STORES, FulfilmentNetwork.STANDARD_MAX_UNITS,
                        CatalogueGenerator.STANDARD_SEED),
                new QuoteSigner(signingKey));
    }

    /** Throws {@link InvalidOrderException} for an invalid order. */
    Quote quote(QuoteRequest order) {
        validator.validate(order);
        QuoteTerms terms = terms(order);
        List<PricedLine> lines = new ArrayList<>(order.lines().size());
        for (OrderLine line : order.lines()) {
            Product product = catalogue.find(line.sku());
            lines.add(pricer.price(product, line.quantity(), terms,
                    alternatives.cheaperThan(product, Alternatives.PER_LINE)));
        }
        Totals totals = Totals.of(lines);
        String digest = signer.digest(order);
        return new Quote("Q-" + digest.substring(0, 16), order.orderId(), order.customer().id(), order.currency(),
                totals, lines, "sha256:" + digest, signer.sign(digest, order.currency(), totals));
    }

    private QuoteTerms terms(QuoteRequest order) {
        List<Coupon> coupons = new ArrayList<>();
        for (String code : order.coupons()) {
            coupons.add(rules.coupons().get(code));
        }
        Customer customer = order.customer();
        return new QuoteTerms(rules.exchangeRates().get(order.currency()), rules.countries().get(customer.country()),
                rules.tierRates().get(customer.tier()), coupons);
    }
}
