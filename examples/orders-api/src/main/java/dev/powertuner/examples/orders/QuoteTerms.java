package dev.powertuner.examples.orders;

import java.math.BigDecimal;
import java.util.List;

/** What applies to every line of one order: exchange rate, destination, loyalty rate and coupons. */
record QuoteTerms(BigDecimal exchangeRate, Country country, BigDecimal tierRate, List<Coupon> coupons) {

    QuoteTerms {
        coupons = List.copyOf(coupons);
    }

    /** The best coupon rate for a category, zero when no coupon applies (coupons do not stack). */
    BigDecimal couponRate(String category) {
        BigDecimal best = BigDecimal.ZERO;
        for (Coupon coupon : coupons) {
            if (coupon.appliesTo(category) && coupon.rate().compareTo(best) > 0) {
                best = coupon.rate();
            }
        }
        return best;
    }
}
