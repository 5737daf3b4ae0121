package dev.powertuner.core.cost;

/**
 * Lambda prices of one region and architecture.
 *
 * @param currency                 {@code USD} or {@code CNY}
 * @param gbSecond                 duration price per GB-second (first tier)
 * @param requestPrice             price of one request
 * @param ephemeralStorageGbSecond price per GB-second of ephemeral storage above the free 512 MB
 */
public record LambdaPrice(String currency, double gbSecond, double requestPrice, double ephemeralStorageGbSecond) {

    public LambdaPrice {
        if (currency == null || currency.isEmpty()) {
            throw new IllegalArgumentException("prices: a currency is required");
        }
        for (double price : new double[] {gbSecond, requestPrice, ephemeralStorageGbSecond}) {
            if (!(price >= 0) || Double.isInfinite(price)) {
                throw new IllegalArgumentException("prices: " + price + " is not a non-negative price");
            }
        }
    }

    /** Price per ms at 128 MB: {@code gbSecond / 8000.0}. */
    public double p128() {
        return gbSecond / 8000.0;
    }
}
