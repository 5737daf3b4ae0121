package dev.powertuner.examples.orders;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Digest and signature of a quote. The canonical order lists its fields in a fixed order, coupons and lines sorted,
 * so the same order gives the same digest however the client orders its lines.
 */
final class QuoteSigner {
    private static final String HMAC = "HmacSHA256";
    private static final Comparator<OrderLine> LINE_ORDER =
            Comparator.comparing(OrderLine::sku).thenComparing(OrderLine::quantity);

    private final SecretKeySpec key;

    QuoteSigner(byte[] key) {
        this.key = new SecretKeySpec(key.clone(), HMAC);
    }

    /** Hex SHA-256 of {@link #canonical(QuoteRequest)}. */
    String digest(QuoteRequest order) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical(order).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** Base64url HMAC-SHA256 of {@code digest|currency|grandTotal}. */
    String sign(String digest, String currency, Totals totals) {
        String message = digest + "|" + currency + "|" + totals.grandTotal().toPlainString();
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            byte[] signature = mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** One {@code name|value…} line per field; sorts copies, never the order's own lists. */
    static String canonical(QuoteRequest order) {
        Customer customer = order.customer();
        List<String> coupons = new ArrayList<>(order.coupons());
        coupons.sort(Comparator.naturalOrder());
        List<OrderLine> lines = new ArrayList<>(order.lines());
        lines.sort(LINE_ORDER);
        StringBuilder text = new StringBuilder(64 + lines.size() * 24);
        text.append("order|").append(order.orderId()).append('\n')
                .append("currency|").append(order.currency()).append('\n')
                .append("customer|").append(customer.id()).append('|').append(customer.tier()).append('|')
                .append(customer.country()).append('\n')
                .append("coupons|").append(String.join(",", coupons)).append('\n');
        for (OrderLine line : lines) {
            text.append("line|").append(line.sku()).append('|').append(line.quantity()).append('\n');
        }
        return text.toString();
    }
}
