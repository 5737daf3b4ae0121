package dev.powertuner.examples.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CatalogueGeneratorTest {

    @Test
    void sameSeedGivesTheSameCatalogue() {
        Catalogue first = CatalogueGenerator.generate(200, 8, 42L);
        Catalogue second = CatalogueGenerator.generate(200, 8, 42L);

        assertThat(second.get(137)).isEqualTo(first.get(137));
        assertThat(second.similarity(3, 99)).isEqualTo(first.similarity(3, 99));
    }

    @Test
    void skusArePaddedIndicesAndEmbeddingsHaveUnitLength() {
        Catalogue catalogue = CatalogueGenerator.generate(200, 8, 42L);

        assertThat(catalogue.find("SKU-00137").index()).isEqualTo(137);
        assertThat((double) catalogue.similarity(137, 137)).isCloseTo(1.0, within(1e-5));
    }

    @Test
    void productsOfOneCategoryAreMoreAlikeThanAcrossCategories() {
        Catalogue catalogue = CatalogueGenerator.generate(400, 64, 42L);
        int[] tools = catalogue.inCategory("TOOLS");
        int[] toys = catalogue.inCategory("TOYS");

        assertThat(catalogue.similarity(tools[0], tools[1])).isGreaterThan(catalogue.similarity(tools[0], toys[0]));
    }
}
