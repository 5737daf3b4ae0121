package dev.powertuner.examples.orders;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding of amounts: two decimals, banker's rounding, as the pricing rules require. */
final class Money {
    static final int SCALE = 2;

    private Money() {
    }

    static BigDecimal round(BigDecimal amount) {
        return amount.setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(SCALE);
    }
}
