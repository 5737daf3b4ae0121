package dev.powertuner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

class VisualizationTest {

    @Test
    void hashMatchesTheReferenceExample() {
        List<Visualization.Point> points = List.of(new Visualization.Point(128, 300, 100), new Visualization.Point(256, 200, 200),
                new Visualization.Point(512, 100, 300), new Visualization.Point(1024, 50, 1000));

        assertThat(Visualization.hash(points)).isEqualTo("gAAAAQACAAQ=;AACWQwAASEMAAMhCAABIQg==;AADIQgAASEMAAJZDAAB6RA==");
    }

    @Test
    void decodeReadsTheReadmeHash() {
        List<Visualization.Point> points = Visualization.decode("https://lambda-power-tuning.show/#gAAAAQACAAQABsAL;"
                + "ZooQR4yvkUa/pQRGRC5zRaADHUVjOftE;QdWhOEMkoziDT5Q4xhiIOMYYiDi6RNc4");

        assertThat(points).extracting(Visualization.Point::power).containsExactly(128, 256, 512, 1024, 1536, 3008);
        assertThat(points.get(0).duration()).isEqualTo(37002.3984375);
        assertThat(points.get(5).duration()).isEqualTo(2009.7933349609375);
        assertThat(points.get(5).cost()).isCloseTo(1.02648e-4, offset(1e-9));
    }

    @Test
    void decodeRejectsTextThatIsNoVisualization() {
        assertThatThrownBy(() -> Visualization.decode("https://example.com/")).isInstanceOf(UsageException.class);
    }

    @Test
    void legendsAreEscapedLikeEncodeUriComponent() {
        assertThat(Visualization.encodeUriComponent("x86_64 (a+b) ~!*'.-é/;#")).isEqualTo("x86_64%20(a%2Bb)%20~!*'.-%C3%A9%2F%3B%23");
    }

    @Test
    void comparisonUrlHasEightParts() {
        String url = Visualization.comparison("https://lambda-power-tuning.show/", "a;b;c", "d;e;f", "x86 64", "arm64");

        assertThat(url).isEqualTo("https://lambda-power-tuning.show/#a;b;c;d;e;f;x86%2064;arm64");
    }
}
