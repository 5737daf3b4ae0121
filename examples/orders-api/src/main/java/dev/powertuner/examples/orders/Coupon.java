package dev.powertuner.examples.orders;

import java.math.BigDecimal;

/** A coupon: a discount rate (a fraction) on one category, or on every category when {@code category} is "*". */
record Coupon(String code, String category, BigDecimal rate) {
    static final String ANY_CATEGORY = "*";

    boolean appliesTo(String productCategory) {
        return ANY_CATEGORY.equals(category) || category.equals(productCategory);
    }
}
