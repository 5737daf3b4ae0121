package dev.powertuner.examples.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlternativesTest {

    @Test
    void mostSimilarCheaperProductsOfTheSameCategoryComeFirst() {
        // given: X costs 10; A and B are cheaper (B closer to X), C is closer still but dearer, D is another category
        Catalogue catalogue = new Catalogue(List.of(product(0, "X", "TOOLS", "10.00"),
                product(1, "A", "TOOLS", "9.00"), product(2, "B", "TOOLS", "2.00"),
                product(3, "C", "TOOLS", "10.00"), product(4, "D", "TOYS", "1.00")),
                new float[][] {{1f, 0f}, {0f, 1f}, {0.8f, 0.6f}, {1f, 0f}, {1f, 0f}});

        // when
        List<String> alternatives = new Alternatives(catalogue).cheaperThan(catalogue.find("X"), 2);

        // then
        assertThat(alternatives).containsExactly("B", "A");
    }

    @Test
    void fewerCandidatesThanAskedGiveAShorterList() {
        Catalogue catalogue = SmallShop.catalogue();
        Alternatives alternatives = new Alternatives(catalogue);

        assertThat(alternatives.cheaperThan(catalogue.find("SKU-A"), 2)).containsExactly("SKU-C");
        assertThat(alternatives.cheaperThan(catalogue.find("SKU-C"), 2)).isEmpty();
    }

    @Test
    void equalSimilarityGoesToTheLowerIndex() {
        Catalogue catalogue = new Catalogue(List.of(product(0, "X", "TOOLS", "10.00"),
                product(1, "A", "TOOLS", "1.00"), product(2, "B", "TOOLS", "1.00")),
                new float[][] {{1f, 0f}, {0.6f, 0.8f}, {0.6f, 0.8f}});

        assertThat(new Alternatives(catalogue).cheaperThan(catalogue.find("X"), 1)).containsExactly("A");
    }

    private static Product product(int index, String sku, String category, String price) {
        return new Product(index, sku, category, new BigDecimal(price), 100, TaxClass.STANDARD);
    }
}
