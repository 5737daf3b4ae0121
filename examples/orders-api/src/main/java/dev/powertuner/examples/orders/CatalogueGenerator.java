package dev.powertuner.examples.orders;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Builds the deployed catalogue from a fixed seed: SKU-00000, SKU-00001, … in twelve categories, prices from 0.50 to
 * 2,500.00 EUR (log-uniform: most products are cheap), weights up to 8 kg, and unit-length embeddings clustered by
 * category. {@code StrictMath} keeps the catalogue identical on every JVM.
 */
final class CatalogueGenerator {
    static final int STANDARD_SIZE = 20_000;
    static final int STANDARD_DIMENSIONS = 128;
    static final long STANDARD_SEED = 20_261_024L;

    private static final List<String> CATEGORIES = List.of("APPAREL", "BEAUTY", "BOOKS", "ELECTRONICS", "FOOD",
            "GARDEN", "HOME", "KITCHEN", "OFFICE", "SPORTS", "TOOLS", "TOYS");
    private static final Set<String> REDUCED_CATEGORIES = Set.of("BOOKS", "FOOD");
    private static final double NOISE = 0.8;
    private static final double LOG_MIN_CENTS = StrictMath.log(50);
    private static final double LOG_MAX_CENTS = StrictMath.log(250_000);

    private CatalogueGenerator() {
    }

    static Catalogue standard() {
        return generate(STANDARD_SIZE, STANDARD_DIMENSIONS, STANDARD_SEED);
    }

    static Catalogue generate(int size, int dimensions, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<double[]> centroids = new ArrayList<>();
        for (int c = 0; c < CATEGORIES.size(); c++) {
            centroids.add(randomVector(random, dimensions));
        }
        List<Product> products = new ArrayList<>(size);
        float[][] embeddings = new float[size][];
        for (int i = 0; i < size; i++) {
            int category = random.nextInt(CATEGORIES.size());
            String name = CATEGORIES.get(category);
            long cents = Math.round(StrictMath.exp(LOG_MIN_CENTS + random.nextDouble() * (LOG_MAX_CENTS - LOG_MIN_CENTS)));
            BigDecimal listPrice = BigDecimal.valueOf(cents, Money.SCALE);
            int weightGrams = 50 + random.nextInt(7_950);
            TaxClass taxClass = REDUCED_CATEGORIES.contains(name) ? TaxClass.REDUCED : TaxClass.STANDARD;
            products.add(new Product(i, sku(i), name, listPrice, weightGrams, taxClass));
            embeddings[i] = embedding(centroids.get(category), random);
        }
        return new Catalogue(products, embeddings);
    }

    static String sku(int index) {
        return String.format("SKU-%05d", index);
    }

    private static float[] embedding(double[] centroid, SplittableRandom random) {
        double[] vector = randomVector(random, centroid.length);
        float[] result = new float[centroid.length];
        double norm = 0;
        for (int k = 0; k < vector.length; k++) {
            vector[k] = centroid[k] + NOISE * vector[k];
            norm += vector[k] * vector[k];
        }
        double length = Math.sqrt(norm);
        for (int k = 0; k < vector.length; k++) {
            result[k] = (float) (vector[k] / length);
        }
        return result;
    }

    /** A vector of unit length, uniformly random in direction enough for clustering. */
    private static double[] randomVector(SplittableRandom random, int dimensions) {
        double[] vector = new double[dimensions];
        double norm = 0;
        for (int k = 0; k < dimensions; k++) {
            vector[k] = random.nextDouble() * 2 - 1;
            norm += vector[k] * vector[k];
        }
        double length = Math.sqrt(norm);
        for (int k = 0; k < dimensions; k++) {
            vector[k] /= length;
        }
        return vector;
    }
}
