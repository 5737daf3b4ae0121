package dev.powertuner.examples.orders;

import java.math.BigDecimal;

/** A country the shop delivers to, with its VAT rates as fractions (0.19 for 19 %). */
record Country(String code, BigDecimal standardRate, BigDecimal reducedRate) {

    BigDecimal rate(TaxClass taxClass) {
        return taxClass == TaxClass.REDUCED ? reducedRate : standardRate;
    }
}
