package dev.powertuner.examples.orders;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cheaper alternatives for a line: the products of the same category with a lower list price whose embeddings are
 * most similar. Brute force over the category (about 1,700 products in the deployed catalogue); ties go to the lower
 * index, so the answer is the same on every call.
 */
final class Alternatives {
    static final int PER_LINE = 2;

    private final Catalogue catalogue;

    Alternatives(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Up to {@code count} SKUs, most similar first. */
    List<String> cheaperThan(Product product, int count) {
        int[] best = new int[count];
        float[] scores = new float[count];
        Arrays.fill(best, -1);
        for (int candidate : catalogue.inCategory(product.category())) {
            Product other = catalogue.get(candidate);
            if (other.listPrice().compareTo(product.listPrice()) >= 0) {
                continue;
            }
            float score = catalogue.similarity(product.index(), candidate);
            int slot = count;
            while (slot > 0 && (best[slot - 1] < 0 || score > scores[slot - 1])) {
                slot--;
            }
            if (slot < count) {
                System.arraycopy(best, slot, best, slot + 1, count - slot - 1);
                System.arraycopy(scores, slot, scores, slot + 1, count - slot - 1);
                best[slot] = candidate;
                scores[slot] = score;
            }
        }
        List<String> skus = new ArrayList<>(count);
        for (int index : best) {
            if (index >= 0) {
                skus.add(catalogue.get(index).sku());
            }
        }
        return skus;
    }
}
