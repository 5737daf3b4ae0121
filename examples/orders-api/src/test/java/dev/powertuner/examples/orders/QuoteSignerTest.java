package dev.powertuner.examples.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class QuoteSignerTest {
    private final QuoteSigner signer = new QuoteSigner(SmallShop.KEY);

    @Test
    void canonicalOrderSortsCouponsAndLines() {
        QuoteRequest order = order(List.of(new OrderLine("SKU-B", 3), new OrderLine("SKU-A", 12)));

        assertThat(QuoteSigner.canonical(order)).isEqualTo("""
                order|ORD-1
                currency|EUR
                customer|C-1|GOLD|DE
                coupons|OFFICE5,WELCOME3
                line|SKU-A|12
                line|SKU-B|3
                """);
    }

    @Test
    void digestIsTheSha256OfTheCanonicalText() throws Exception {
        QuoteRequest order = order(List.of(new OrderLine("SKU-A", 12), new OrderLine("SKU-B", 3)));
        String text = "order|ORD-1\ncurrency|EUR\ncustomer|C-1|GOLD|DE\ncoupons|OFFICE5,WELCOME3\n"
                + "line|SKU-A|12\nline|SKU-B|3\n";

        byte[] expected = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));

        assertThat(signer.digest(order)).isEqualTo(HexFormat.of().formatHex(expected));
    }

    @Test
    void lineOrderDoesNotChangeTheDigestButAQuantityDoes() {
        String digest = signer.digest(order(List.of(new OrderLine("SKU-A", 12), new OrderLine("SKU-B", 3))));

        assertThat(signer.digest(order(List.of(new OrderLine("SKU-B", 3), new OrderLine("SKU-A", 12)))))
                .isEqualTo(digest);
        assertThat(signer.digest(order(List.of(new OrderLine("SKU-A", 11), new OrderLine("SKU-B", 3)))))
                .isNotEqualTo(digest);
    }

    @Test
    void signatureIsHmacSha256OfDigestCurrencyAndGrandTotal() throws Exception {
        Totals totals = new Totals(1, 1, BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                new BigDecimal("156.83"));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SmallShop.KEY, "HmacSHA256"));

        byte[] expected = mac.doFinal("abc|EUR|156.83".getBytes(StandardCharsets.UTF_8));

        assertThat(signer.sign("abc", "EUR", totals))
                .isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(expected));
    }

    @Test
    void canonicalLeavesTheCallersListsAlone() {
        List<OrderLine> lines = new ArrayList<>(List.of(new OrderLine("SKU-B", 3), new OrderLine("SKU-A", 12)));
        List<String> coupons = new ArrayList<>(List.of("WELCOME3", "OFFICE5"));

        QuoteSigner.canonical(new QuoteRequest("ORD-1", "EUR", new Customer("C-1", "GOLD", "DE"), coupons, lines));

        assertThat(lines).extracting(OrderLine::sku).containsExactly("SKU-B", "SKU-A");
        assertThat(coupons).containsExactly("WELCOME3", "OFFICE5");
    }

    private static QuoteRequest order(List<OrderLine> lines) {
        return new QuoteRequest("ORD-1", "EUR", new Customer("C-1", "GOLD", "DE"), List.of("WELCOME3", "OFFICE5"),
                lines);
    }
}
