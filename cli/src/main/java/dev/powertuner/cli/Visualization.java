package dev.powertuner.cli;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The visualization URL of reference-contract 5.9: {@code base#b64(Int16 LE powers);b64(Float32 LE durations);
 * b64(Float32 LE costs)}, and the 8-part comparison form with encodeURIComponent-escaped legends.
 */
final class Visualization {
    static final String DEFAULT_BASE = "https://lambda-power-tuning.show/";
    private static final String UNESCAPED = "-_.!~*'()";

    private Visualization() {
    }

    /** One decoded point: power, duration (ms), cost (per invocation); float precision as in the URL. */
    record Point(int power, double duration, double cost) {
    }

    /** The hash of points (sorted by power by the caller): three Base64 parts joined by ';'. */
    static String hash(List<Point> points) {
        ByteBuffer powers = ByteBuffer.allocate(2 * points.size()).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer durations = ByteBuffer.allocate(4 * points.size()).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer costs = ByteBuffer.allocate(4 * points.size()).order(ByteOrder.LITTLE_ENDIAN);
        for (Point p : points) {
            powers.putShort((short) p.power());
            durations.putFloat((float) p.duration());
            costs.putFloat((float) p.cost());
        }
        Base64.Encoder b64 = Base64.getEncoder();
        return b64.encodeToString(powers.array()) + ";" + b64.encodeToString(durations.array()) + ";"
                + b64.encodeToString(costs.array());
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

    /** Decodes the first three parts of a visualization URL or hash. */
    static List<Point> decode(String url) {
        String[] parts = hashOf(url).split(";");
        if (parts.length < 3) {
            throw new UsageException("Not a visualization URL: " + url);
        }
        Base64.Decoder b64 = Base64.getDecoder();
        ByteBuffer powers;
        ByteBuffer durations;
        ByteBuffer costs;
        try {
            powers = ByteBuffer.wrap(b64.decode(parts[0])).order(ByteOrder.LITTLE_ENDIAN);
            durations = ByteBuffer.wrap(b64.decode(parts[1])).order(ByteOrder.LITTLE_ENDIAN);
            costs = ByteBuffer.wrap(b64.decode(parts[2])).order(ByteOrder.LITTLE_ENDIAN);
        } catch (IllegalArgumentException e) {
            throw new UsageException("Not a visualization URL: " + url, e);
        }
        int n = powers.remaining() / 2;
        if (durations.remaining() != 4 * n || costs.remaining() != 4 * n) {
            throw new UsageException("Visualization URL parts have different lengths: " + url);
        }
        List<Point> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            points.add(new Point(powers.getShort(), durations.getFloat(), costs.getFloat()));
        }
        return points;
    }

    /** The 8-part comparison URL {@code base#p1;t1;c1;p2;t2;c2;legend1;legend2}. */
    static String comparison(String base, String hash1, String hash2, String legend1, String legend2) {
        return base + "#" + hash1 + ";" + hash2 + ";" + encodeUriComponent(legend1) + ";" + encodeUriComponent(legend2);
    }

    /** JavaScript encodeURIComponent: UTF-8 percent-encoding except A-Z a-z 0-9 - _ . ! ~ * ' ( ). */
    static String encodeUriComponent(String text) {
        StringBuilder sb = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            boolean plain = c < 128 && (Character.isLetterOrDigit(c) || UNESCAPED.indexOf(c) >= 0);
            if (plain) {
                sb.append(c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return sb.toString();
    }
}
