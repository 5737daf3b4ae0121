package dev.powertuner.cli;

import dev.powertuner.core.strategy.Candidate;
import dev.powertuner.core.viz.VisualizationUrl;
import java.util.ArrayList;
import java.util.List;

/**
 * The CLI's view of the visualization URL (docs/compatibility.md, "Visualization link"), on top of {@link VisualizationUrl} of core:
 * decoding into points, hash and base of a URL, and the 8-part comparison form.
 */
final class Visualization {
    static final String DEFAULT_BASE = VisualizationUrl.DEFAULT_BASE;

    private Visualization() {
    }

    /** One decoded point: power, duration (ms), cost (per invocation); float precision as in the URL. */
    record Point(int power, double duration, double cost) {
    }

    /** The hash of points: three Base64 parts joined by ';' (sorted by power). */
    static String hash(List<Point> points) {
        return VisualizationUrl.hash(points.stream().map(p -> new Candidate(p.power(), p.cost(), p.duration())).toList());
    }

    /** The part after '#' of a visualization URL; the whole text when it has no '#'. */
    static String hashOf(String url) {
        int at = url.indexOf('#');
        return at < 0 ? url : url.substring(at + 1);
    }

    /** The part before '#'; the default base when the URL has no '#'. */
    static String baseOf(String url) {
        int at = url == null ? -1 : url.indexOf('#');
        return at < 0 ? DEFAULT_BASE : url.substring(0, at);
    }

    /** Decodes the (first) series of a visualization URL or hash. */
    static List<Point> decode(String url) {
        VisualizationUrl.Series series;
        try {
            series = VisualizationUrl.decode(url).series().get(0);
        } catch (IllegalArgumentException e) {
            throw new UsageException("Not a visualization URL: " + url + " (" + e.getMessage() + ")", e);
        }
        int n = series.powers().size();
        if (series.durations().size() != n || series.costs().size() != n) {
            throw new UsageException("Visualization URL parts have different lengths: " + url);
        }
        List<Point> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            points.add(new Point(series.powers().get(i), series.durations().get(i), series.costs().get(i)));
        }
        return points;
    }

    /** The 8-part comparison URL {@code base#p1;t1;c1;p2;t2;c2;legend1;legend2}. */
    static String comparison(String base, String hash1, String hash2, String legend1, String legend2) {
        return base + "#" + hash1 + ";" + hash2 + ";" + encodeUriComponent(legend1) + ";" + encodeUriComponent(legend2);
    }

    /** JavaScript encodeURIComponent: UTF-8 percent-encoding except A-Z a-z 0-9 - _ . ! ~ * ' ( ). */
    static String encodeUriComponent(String text) {
        return VisualizationUrl.encodeUriComponent(text);
    }
}
