package dev.powertuner.core.viz;

import dev.powertuner.core.strategy.Candidate;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

/**
 * The visualization URL (docs/compatibility.md, "Visualization link"): {@code base#b64(Int16 powers);b64(Float32 durations);b64(Float32
 * costs)}, little-endian, standard Base64 with padding; the 8-part comparison form; and a decoder.
 */
public final class VisualizationUrl {

    /** Default base URL. */
    public static final String DEFAULT_BASE = "https://lambda-power-tuning.show/";
    private static final String HEX = "0123456789ABCDEF";

    private VisualizationUrl() {
    }

    /** The URL for the candidates (sorted by power on a copy); {@code ?currency=CNY} when the tuner runs in cn-*. */
    public static String build(List<Candidate> candidates, String baseUrl, String tunerRegion) {
        String base = baseUrl;
        if (tunerRegion != null && tunerRegion.startsWith("cn-")) {
            base += "?currency=CNY";
        }
        return base + "#" + hash(candidates);
    }

    /** The 8-part comparison URL {@code p1;t1;c1;p2;t2;c2;legend1;legend2} (legends as encodeURIComponent). */
    public static String comparison(List<Candidate> first, List<Candidate> second, String legend1, String legend2,
            String baseUrl) {
        return baseUrl + "#" + hash(first) + ";" + hash(second) + ";" + encodeUriComponent(legend1) + ";"
                + encodeUriComponent(legend2);
    }

    /** The three hash parts for one series. */
    public static String hash(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Candidate::power));
        ByteBuffer powers = ByteBuffer.allocate(2 * sorted.size()).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer durations = ByteBuffer.allocate(4 * sorted.size()).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer costs = ByteBuffer.allocate(4 * sorted.size()).order(ByteOrder.LITTLE_ENDIAN);
        for (Candidate c : sorted) {
            powers.putShort((short) c.power());
            durations.putFloat((float) c.duration());
            costs.putFloat((float) c.cost());
        }
        Base64.Encoder b64 = Base64.getEncoder();
        return b64.encodeToString(powers.array()) + ";" + b64.encodeToString(durations.array()) + ";"
                + b64.encodeToString(costs.array());
    }

    /** JavaScript {@code encodeURIComponent}. */
    public static String encodeUriComponent(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-_.!~*'()".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(HEX.charAt((b >> 4) & 0xf)).append(HEX.charAt(b & 0xf));
            }
        }
        return out.toString();
    }

    /** Decodes a URL (or bare hash) into its series: one for the normal form, two for the comparison form. */
    public static Decoded decode(String url) {
        int hashAt = url.indexOf('#');
        String hash = hashAt >= 0 ? url.substring(hashAt + 1) : url;
        String[] parts = hash.split(";", -1);
        if (parts.length != 3 && parts.length != 8) {
            throw new IllegalArgumentException("not a visualization URL: expected 3 or 8 ';'-separated parts, got "
                    + parts.length);
        }
        List<Series> series = new ArrayList<>();
        series.add(series(parts[0], parts[1], parts[2]));
        List<String> legends = List.of();
        if (parts.length == 8) {
            series.add(series(parts[3], parts[4], parts[5]));
            legends = List.of(decodeUriComponent(parts[6]), decodeUriComponent(parts[7]));
        }
        return new Decoded(series, legends);
    }

    private static Series series(String powers, String durations, String costs) {
        Base64.Decoder d = Base64.getDecoder();
        ByteBuffer p = ByteBuffer.wrap(d.decode(powers)).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer t = ByteBuffer.wrap(d.decode(durations)).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer c = ByteBuffer.wrap(d.decode(costs)).order(ByteOrder.LITTLE_ENDIAN);
        List<Integer> powerList = new ArrayList<>();
        List<Double> durationList = new ArrayList<>();
        List<Double> costList = new ArrayList<>();
        while (p.remaining() >= 2) {
            powerList.add((int) p.getShort());
        }
        while (t.remaining() >= 4) {
            durationList.add((double) t.getFloat());
        }
        while (c.remaining() >= 4) {
            costList.add((double) c.getFloat());
        }
        return new Series(powerList, durationList, costList);
    }

    private static String decodeUriComponent(String text) {
        return java.net.URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** One decoded series: powers (MB), durations (ms) and costs, as Float32 values widened to double. */
    public record Series(List<Integer> powers, List<Double> durations, List<Double> costs) {
        public Series {
            powers = List.copyOf(powers);
            durations = List.copyOf(durations);
            costs = List.copyOf(costs);
        }
    }

    /** The decoded URL: one series, or two series and two legends for the comparison form. */
    public record Decoded(List<Series> series, List<String> legends) {
        public Decoded {
            series = List.copyOf(series);
            legends = List.copyOf(legends);
        }
    }
}
