package dev.powertuner.core.viz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.powertuner.core.strategy.Candidate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VisualizationUrlTest {

    private static final String BASE = VisualizationUrl.DEFAULT_BASE;

    private static Candidate c(int power, double duration, double cost) {
        return new Candidate(power, cost, duration);
    }

    @Test
    void workedExamplesOfSection59() {
        assertThat(VisualizationUrl.build(List.of(c(128, 100, 100), c(256, 300, 200), c(512, 200, 30)), BASE, "us-east-1"))
                .isEqualTo(BASE + "#gAAAAQAC;AADIQgAAlkMAAEhD;AADIQgAASEMAAPBB");
        assertThat(VisualizationUrl.build(List.of(c(128, 300, 100), c(256, 200, 200), c(512, 100, 300),
                c(1024, 50, 1000)), BASE, "eu-west-1"))
                .isEqualTo(BASE + "#gAAAAQACAAQ=;AACWQwAASEMAAMhCAABIQg==;AADIQgAASEMAAJZDAAB6RA==");
        assertThat(VisualizationUrl.build(List.of(c(128, 2.9066666666666667, 2.1e-7)), BASE, "us-east-1"))
                .isEqualTo(BASE + "#gAA=;1AY6QA==;XHxhNA==");
        assertThat(VisualizationUrl.build(List.of(c(10240, 1.5, 1.7e-7), c(128, 1000.25, 2.1e-6)), BASE, "cn-northwest-1"))
                .isEqualTo(BASE + "?currency=CNY#gAAAKA==;ABB6RAAAwD8=;uu0MNj+JNjQ=");
    }

    @Test
    void readmeHashDecodes() {
        VisualizationUrl.Series s = VisualizationUrl.decode("gAAAAQACAAQABsAL;ZooQR4yvkUa/pQRGRC5zRaADHUVjOftE;"
                + "QdWhOEMkoziDT5Q4xhiIOMYYiDi6RNc4").series().get(0);

        assertThat(s.powers()).containsExactly(128, 256, 512, 1024, 1536, 3008);
        assertThat(s.durations()).containsExactly(37002.3984375, 18647.7734375, 8489.4365234375, 3890.8916015625,
                2512.2265625, 2009.7933349609375);
        assertThat(s.costs().get(5)).isCloseTo(1.02648e-4, org.assertj.core.data.Offset.offset(1e-8));
    }

    @Test
    void comparisonUrlEscapesLegendsLikeEncodeUriComponent() {
        String url = VisualizationUrl.comparison(List.of(c(128, 1, 1)), List.of(c(128, 2, 2)), "x86_64 (v1)", "arm64 ü/+",
                BASE);

        assertThat(url).endsWith(";x86_64%20(v1);arm64%20%C3%BC%2F%2B");
        VisualizationUrl.Decoded decoded = VisualizationUrl.decode(url);
        assertThat(decoded.series()).hasSize(2);
        assertThat(decoded.legends()).containsExactly("x86_64 (v1)", "arm64 ü/+");
        assertThat(VisualizationUrl.encodeUriComponent("A-z_0.!~*'()")).isEqualTo("A-z_0.!~*'()");
    }

    @Test
    void decodeInvertsBuildUpToFloat32() {
        Random random = new Random(5);
        for (int run = 0; run < 200; run++) {
            int power = 128 + random.nextInt(10_113);
            double duration = random.nextDouble() * 10_000;
            double cost = random.nextDouble() * 1e-5;

            VisualizationUrl.Series s = VisualizationUrl.decode(VisualizationUrl.build(List.of(c(power, duration, cost)),
                    BASE, "us-east-1")).series().get(0);

            assertThat(s.powers()).containsExactly(power);
            assertThat(s.durations()).containsExactly((double) (float) duration);
            assertThat(s.costs()).containsExactly((double) (float) cost);
        }
    }
}
