package dev.powertuner.examples.orders;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The shop's price rules: exchange rates from euros, delivery countries with VAT rates, loyalty discounts by customer
 * tier, volume discounts by minimum quantity and coupons. All rates are fractions.
 */
record PricingRules(Map<String, BigDecimal> exchangeRates, Map<String, Country> countries,
                    Map<String, BigDecimal> tierRates, NavigableMap<Integer, BigDecimal> volumeRates,
                    Map<String, Coupon> coupons) {

    PricingRules {
        exchangeRates = Map.copyOf(exchangeRates);
        countries = Map.copyOf(countries);
        tierRates = Map.copyOf(tierRates);
        volumeRates = Collections.unmodifiableNavigableMap(new TreeMap<>(volumeRates));
        coupons = Map.copyOf(coupons);
        if (volumeRates.isEmpty() || volumeRates.firstKey() > 1) {
            throw new IllegalArgumentException("volumeRates must start at quantity 1");
        }
    }

    /** The rules the deployed function prices with. */
    static PricingRules standard() {
        return new PricingRules(
                Map.of("EUR", rate("1"), "USD", rate("1.0842"), "GBP", rate("0.8431"), "CHF", rate("0.9377"),
                        "SEK", rate("11.2415"), "PLN", rate("4.3108"), "DKK", rate("7.4589")),
                byKey(List.of(country("DE", "0.19", "0.07"), country("AT", "0.20", "0.10"),
                        country("FR", "0.20", "0.055"), country("NL", "0.21", "0.09"), country("BE", "0.21", "0.06"),
                        country("IT", "0.22", "0.10"), country("ES", "0.21", "0.10"), country("PL", "0.23", "0.08"),
                        country("SE", "0.25", "0.12"), country("DK", "0.25", "0.25"), country("IE", "0.23", "0.135"),
                        country("GB", "0.20", "0.05"), country("CH", "0.081", "0.026")), Country::code),
                Map.of("STANDARD", rate("0"), "SILVER", rate("0.02"), "GOLD", rate("0.04"), "PLATINUM", rate("0.06")),
                new TreeMap<>(Map.of(1, rate("0"), 10, rate("0.02"), 50, rate("0.05"), 200, rate("0.08"))),
                byKey(List.of(new Coupon("WELCOME3", Coupon.ANY_CATEGORY, rate("0.03")),
                        new Coupon("SPRING10", "GARDEN", rate("0.10")), new Coupon("OFFICE5", "OFFICE", rate("0.05")),
                        new Coupon("COOK15", "KITCHEN", rate("0.15"))), Coupon::code));
    }

    /** The volume discount rate for a line of {@code quantity} units (quantity at least 1). */
    BigDecimal volumeRate(int quantity) {
        return volumeRates.floorEntry(quantity).getValue();
    }

    private static BigDecimal rate(String value) {
        return new BigDecimal(value);
    }

    private static Country country(String code, String standardRate, String reducedRate) {
        return new Country(code, rate(standardRate), rate(reducedRate));
    }

    private static <T> Map<String, T> byKey(List<T> values, Function<T, String> key) {
        return values.stream().collect(Collectors.toMap(key, Function.identity()));
    }
}
