package dev.powertuner.examples.orders;

import java.math.BigDecimal;
import java.util.List;

/**
 * One priced line of a quote, amounts in the order's currency: {@code gross = unitPrice × quantity},
 * {@code total = gross − discount + shipping + tax}; {@code alternatives} are cheaper similar SKUs.
 */
record PricedLine(String sku, int quantity, BigDecimal unitPrice, BigDecimal gross, BigDecimal discount,
                  BigDecimal shipping, BigDecimal tax, BigDecimal total, String shipsFrom, List<String> alternatives) {

    PricedLine {
        alternatives = List.copyOf(alternatives);
    }
}
