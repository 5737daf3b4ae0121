package dev.powertuner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every relative link in README.md and docs/*.md names a file inside the repository, and an anchor names a heading
 * of that file (GitHub's slugs), so a clone's docs stand on their own.
 */
class DocLinksTest {
    private static final Path ROOT = Path.of(System.getProperty("powertuner.root", "..")).toAbsolutePath().normalize();
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6} (.+)$");

    static Stream<Path> docs() throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
            List<Path> all = new ArrayList<>(files.filter(f -> f.toString().endsWith(".md")).sorted().toList());
            all.add(0, ROOT.resolve("README.md"));
            return all.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("docs")
    void everyRelativeLinkResolvesInsideTheRepository(Path doc) throws IOException {
        List<String> broken = new ArrayList<>();
        for (String target : links(doc)) {
            String problem = problem(doc, target);
            if (problem != null) {
                broken.add(target + ": " + problem);
            }
        }
        assertThat(broken).as(ROOT.relativize(doc).toString()).isEmpty();
    }

    private static String problem(Path doc, String target) throws IOException {
        if (target.matches("^[a-z]+:.*")) {
            return null;
        }
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        Path file = path.isEmpty() ? doc : doc.getParent().resolve(path).normalize();
        if (!file.startsWith(ROOT)) {
            return "points outside the repository";
        }
        if (!Files.exists(file)) {
            return "no such file";
        }
        if (hash < 0 || !file.toString().endsWith(".md")) {
            return null;
        }
        String anchor = target.substring(hash + 1);
        return slugs(file).contains(anchor) ? null : "no heading with anchor #" + anchor;
    }

    /** Link targets outside fenced code blocks. */
    private static List<String> links(Path doc) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : prose(doc)) {
            Matcher m = LINK.matcher(line);
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    /** GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
    private static List<String> slugs(Path doc) throws IOException {
        List<String> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String line : prose(doc)) {
            Matcher m = HEADING.matcher(line);
            if (m.matches()) {
                String slug = m.group(1).strip().toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
                int n = seen.merge(slug, 1, Integer::sum) - 1;
                out.add(n == 0 ? slug : slug + "-" + n);
            }
        }
        return out;
    }

    private static List<String> prose(Path doc) throws IOException {
        List<String> out = new ArrayList<>();
        boolean fenced = false;
        for (String line : Files.readAllLines(doc)) {
            if (line.startsWith("```")) {
                fenced = !fenced;
            } else if (!fenced) {
                out.add(line);
            }
        }
        return out;
    }
}
