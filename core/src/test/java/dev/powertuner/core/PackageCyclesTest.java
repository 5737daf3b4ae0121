package dev.powertuner.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.powertuner.core.js.Js;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of core depend on each other without cycles, so each can be read (and moved) on its own. Reads the
 * compiled main classes: every class a class file names sits in its constant pool as {@code dev/powertuner/core/...}.
 */
class PackageCyclesTest {

    private static final Pattern CORE_CLASS = Pattern.compile("dev/powertuner/core/([a-z]+)/");

    @Test
    void corePackagesFormNoCycle() throws Exception {
        Map<String, Set<String>> graph = graph(classesRoot());
        assertThat(graph).containsKeys("js", "model", "arn", "step");
        assertThat(cycles(graph)).as("package cycles in core").isEmpty();
    }

    @Test
    void theCheckFindsACycle() {
        Map<String, Set<String>> graph = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
        assertThat(cycles(graph)).containsExactly("a -> b -> c -> a");
    }

    private static Path classesRoot() throws URISyntaxException {
        return Path.of(Js.class.getProtectionDomain().getCodeSource().getLocation().toURI()).resolve("dev/powertuner/core");
    }

    private static Map<String, Set<String>> graph(Path root) throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
                String from = root.relativize(f).getName(0).toString();
                Set<String> to = graph.computeIfAbsent(from, k -> new TreeSet<>());
                Matcher m = CORE_CLASS.matcher(read(f));
                while (m.find()) {
                    if (!m.group(1).equals(from)) {
                        to.add(m.group(1));
                    }
                }
            });
        }
        return graph;
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line per package that reaches itself again, the path printed from it. */
    static List<String> cycles(Map<String, Set<String>> graph) {
        List<String> out = new ArrayList<>();
        for (String start : new TreeSet<>(graph.keySet())) {
            List<String> path = new ArrayList<>(List.of(start));
            if (reaches(graph, start, start, path, new TreeSet<>())) {
                path.add(start);
                boolean smallest = path.stream().allMatch(p -> p.compareTo(start) >= 0);
                if (smallest) {
                    out.add(String.join(" -> ", path));
                }
            }
        }
        return out;
    }

    private static boolean reaches(Map<String, Set<String>> graph, String from, String target, List<String> path,
            Set<String> seen) {
        for (String next : graph.getOrDefault(from, Set.of())) {
            if (next.equals(target)) {
                return true;
            }
            if (seen.add(next)) {
                path.add(next);
                if (reaches(graph, next, target, path, seen)) {
                    return true;
                }
                path.remove(path.size() - 1);
            }
        }
        return false;
    }
}
