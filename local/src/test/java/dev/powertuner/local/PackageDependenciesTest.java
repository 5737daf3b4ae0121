package dev.powertuner.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package structure of Local Lambda (docs/local-lambda.md, "Packages"), read from the main sources' imports: no
 * cycles, the root package is the entry point nothing else uses, and the low-level packages stay independent of the
 * server's.
 */
class PackageDependenciesTest {
    private static final String BASE = "dev.powertuner.local";
    private static final Path SOURCES = Path.of("src/main/java/dev/powertuner/local");
    private static final Pattern IMPORT =
            Pattern.compile("^import (?:static )?(dev\\.powertuner\\.local(?:\\.[a-z]\\w*)*)\\.[A-Z]", Pattern.MULTILINE);
    private static Map<String, Set<String>> uses;

    @BeforeAll
    static void read() throws IOException {
        uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(PackageDependenciesTest::add);
        }
    }

    private static void add(Path file) {
        String pkg = packageOf(SOURCES.relativize(file.getParent()));
        Set<String> used = uses.computeIfAbsent(pkg, k -> new TreeSet<>());
        try {
            Matcher m = IMPORT.matcher(Files.readString(file));
            while (m.find()) {
                if (!m.group(1).equals(pkg)) {
                    used.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String packageOf(Path relative) {
        String sub = relative.toString().replace('/', '.');
        return sub.isEmpty() ? BASE : BASE + "." + sub;
    }

    @Test
    void theSourcesAreFoundAndSplitIntoSubPackages() {
        assertThat(uses).containsKeys(BASE, BASE + ".api", BASE + ".invoke", BASE + ".state", BASE + ".environment",
                BASE + ".function", BASE + ".wire", BASE + ".runtimeapi", BASE + ".process", BASE + ".limits");
    }

    @Test
    void noSubPackageUsesTheRootPackage() {
        uses.forEach((pkg, used) -> assertThat(used).as(pkg).doesNotContain(BASE));
    }

    @Test
    void lowLevelPackagesUseNothingOfTheServer() {
        Set<String> server = Set.of(BASE, BASE + ".api", BASE + ".invoke", BASE + ".state", BASE + ".environment",
                BASE + ".function", BASE + ".faults");
        for (String low : List.of("runtimeapi", "process", "limits", "sts", "time", "wire", "sfn")) {
            assertThat(uses.getOrDefault(BASE + "." + low, Set.of())).as(low).doesNotContainAnyElementsOf(server);
        }
    }

    @Test
    void thePackagesFormNoCycle() {
        for (String start : uses.keySet()) {
            List<String> cycle = cycleFrom(start, start, new ArrayList<>(List.of(start)), new TreeSet<>());
            assertThat(cycle).as("cycle through " + start).isEmpty();
        }
    }

    /** A path from {@code at} back to {@code start}, or an empty list. */
    private static List<String> cycleFrom(String start, String at, List<String> path, Set<String> seen) {
        for (String next : uses.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(start);
                return cycle;
            }
            if (seen.add(next)) {
                path.add(next);
                List<String> found = cycleFrom(start, next, path, seen);
                if (!found.isEmpty()) {
                    return found;
                }
                path.remove(path.size() - 1);
            }
        }
        return List.of();
    }
}
