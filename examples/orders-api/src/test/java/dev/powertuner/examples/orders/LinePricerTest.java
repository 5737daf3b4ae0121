package dev.powertuner.examples.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinePricerTest {
    private final PricingRules rules = SmallShop.rules();
    private final LinePricer pricer = new LinePricer(rules, SmallShop.network());
    private final Catalogue catalogue = SmallShop.catalogue();

    @Test
    void volumeLoyaltyAndCouponDiscountsCompoundAndVatCoversShipping() {
        // given: 12 × SKU-A for a GOLD customer with OFFICE5
        QuoteTerms terms = terms("EUR", "GOLD", List.of(rules.coupons().get("OFFICE5")));

        // when
        PricedLine line = pricer.price(catalogue.find("SKU-A"), 12, terms, List.of("SKU-C"));

        // then: kept 0.98 × 0.96 × 0.95 = 0.89376, discount 120.00 × 0.10624 = 12.7488; 18 kg from ST-1
        assertThat(line.unitPrice()).isEqualByComparingTo("10.00");
        assertThat(line.gross()).isEqualByComparingTo("120.00");
        assertThat(line.discount()).isEqualByComparingTo("12.75");
        assertThat(line.shipping()).isEqualByComparingTo("10.00");
        assertThat(line.shipsFrom()).isEqualTo("ST-1");
        assertThat(line.tax()).isEqualByComparingTo("22.28");
        assertThat(line.total()).isEqualByComparingTo("139.53");
        assertThat(line.alternatives()).containsExactly("SKU-C");
    }

    @Test
    void anotherCurrencyIsConvertedPerUnitAndRoundedHalfEven() {
        // given: 3 × SKU-B in GBP (rate 0.85), no discount; 2 kg, cheapest from ST-2 at 1.80 EUR
        QuoteTerms terms = terms("GBP", "STANDARD", List.of());

        // when
        PricedLine line = pricer.price(catalogue.find("SKU-B"), 3, terms, List.of());

        // then: 4.99 × 0.85 = 4.2415 → 4.24; 1.80 × 0.85 = 1.53; 7 % of 14.25 = 0.9975 → 1.00
        assertThat(line.unitPrice()).isEqualByComparingTo("4.24");
        assertThat(line.gross()).isEqualByComparingTo("12.72");
        assertThat(line.discount()).isEqualByComparingTo("0.00");
        assertThat(line.shipping()).isEqualByComparingTo("1.53");
        assertThat(line.tax()).isEqualByComparingTo("1.00");
        assertThat(line.total()).isEqualByComparingTo("15.25");
    }

    @Test
    void amountsKeepTwoDecimals() {
        PricedLine line = pricer.price(catalogue.find("SKU-B"), 3, terms("GBP", "GOLD", List.of()), List.of());

        assertThat(List.of(line.unitPrice(), line.gross(), line.discount(), line.shipping(), line.tax(), line.total()))
                .extracting(BigDecimal::scale)
                .containsOnly(2);
    }

    private QuoteTerms terms(String currency, String tier, List<Coupon> coupons) {
        return new QuoteTerms(rules.exchangeRates().get(currency), rules.countries().get("DE"),
                rules.tierRates().get(tier), coupons);
    }
}
