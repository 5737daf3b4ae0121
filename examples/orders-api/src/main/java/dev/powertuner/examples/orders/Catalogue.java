package dev.powertuner.examples.orders;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The products the shop sells, with one embedding vector per product (what a recommendation model would produce) for
 * similarity search. Immutable; the deployed catalogue comes from {@link CatalogueGenerator} at cold start.
 */
final class Catalogue {
    private final List<Product> products;
    private final Map<String, Product> bySku;
    private final Map<String, int[]> byCategory;
    private final float[][] embeddings;

    /**
     * {@code products.get(i).index() == i}; {@code embeddings[i]} is product i's vector, all of one length. The
     * vectors are handed over, not copied (10 MB in the deployed catalogue, which must also fit small heaps at cold
     * start); callers do not touch them afterwards.
     */
    Catalogue(List<Product> products, float[][] embeddings) {
        if (embeddings.length != products.size() || embeddings.length == 0) {
            throw new IllegalArgumentException("One embedding per product is required");
        }
        this.products = List.copyOf(products);
        this.embeddings = embeddings.clone();
        int dimensions = embeddings[0].length;
        Map<String, Product> skus = new HashMap<>(products.size() * 2);
        Map<String, List<Integer>> categories = new HashMap<>();
        for (int i = 0; i < products.size(); i++) {
            Product product = products.get(i);
            if (product.index() != i || embeddings[i].length != dimensions) {
                throw new IllegalArgumentException("Product " + i + " has index " + product.index() + " or an "
                        + "embedding of another length");
            }
            if (skus.put(product.sku(), product) != null) {
                throw new IllegalArgumentException("Duplicate SKU " + product.sku());
            }
            categories.computeIfAbsent(product.category(), c -> new ArrayList<>()).add(i);
        }
        this.bySku = Map.copyOf(skus);
        Map<String, int[]> indices = new HashMap<>();
        categories.forEach((category, list) -> indices.put(category, list.stream().mapToInt(Integer::intValue).toArray()));
        this.byCategory = Map.copyOf(indices);
    }

    /** The product with this SKU, or null. */
    Product find(String sku) {
        return bySku.get(sku);
    }

    Product get(int index) {
        return products.get(index);
    }

    int size() {
        return products.size();
    }

    /** Indices of the products in {@code category}, ascending; do not modify. */
    int[] inCategory(String category) {
        return byCategory.get(category);
    }

    /** Dot product of two products' embeddings (their cosine similarity when the vectors have unit length). */
    float similarity(int a, int b) {
        float[] first = embeddings[a];
        float[] second = embeddings[b];
        float dot = 0f;
        for (int k = 0; k < first.length; k++) {
            dot += first[k] * second[k];
        }
        return dot;
    }
}
