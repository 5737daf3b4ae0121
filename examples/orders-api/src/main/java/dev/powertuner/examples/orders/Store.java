package dev.powertuner.examples.orders;

import java.math.BigDecimal;

/**
 * A store or warehouse that ships orders: a handling fee per parcel plus a rate per started kilogram, domestic or
 * cross-border. Amounts in euros.
 */
record Store(int number, String id, String country, BigDecimal handlingFee, BigDecimal domesticPerKg,
             BigDecimal crossBorderPerKg) {

    /** What shipping {@code billableKg} to {@code destinationCountry} from here costs, in euros. */
    BigDecimal shippingCost(int billableKg, String destinationCountry) {
        BigDecimal perKg = country.equals(destinationCountry) ? domesticPerKg : crossBorderPerKg;
        return handlingFee.add(perKg.multiply(BigDecimal.valueOf(billableKg)));
    }
}
