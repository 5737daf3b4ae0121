package dev.powertuner.examples.orders;

import java.math.BigDecimal;
import java.util.List;

/** The sums over a quote's lines; {@code grandTotal = gross − discount + shipping + tax}. */
record Totals(int lineCount, long units, BigDecimal gross, BigDecimal discount, BigDecimal shipping, BigDecimal tax,
              BigDecimal grandTotal) {

    static Totals of(List<PricedLine> lines) {
        long units = 0;
        BigDecimal gross = Money.zero();
        BigDecimal discount = Money.zero();
        BigDecimal shipping = Money.zero();
        BigDecimal tax = Money.zero();
        BigDecimal total = Money.zero();
        for (PricedLine line : lines) {
            units += line.quantity();
            gross = gross.add(line.gross());
            discount = discount.add(line.discount());
            shipping = shipping.add(line.shipping());
            tax = tax.add(line.tax());
            total = total.add(line.total());
        }
        return new Totals(lines.size(), units, gross, discount, shipping, tax, total);
    }
}
