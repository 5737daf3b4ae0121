package dev.powertuner.local.sfn;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Finds the project's {@code node_modules} directory holding aws-local-stepfunctions. */
final class NodeModules {
    static final String ENGINE = "aws-local-stepfunctions";
    static final String ROOT_PROPERTY = "powertuner.root";
    static final String HOME_VARIABLE = "POWERTUNER_HOME";

    private NodeModules() {
    }

    /**
     * Resolves the directory: the explicit one when given, else {@code <powertuner.root>/node_modules}, else
     * {@code $POWERTUNER_HOME/node_modules}, else the first {@code node_modules} holding the engine found walking up
     * from {@code workingDir}.
     */
    static Path locate(Path explicit, String rootProperty, Map<String, String> env, Path workingDir) {
        List<Path> tried = new ArrayList<>();
        if (explicit != null) {
            return check(explicit, List.of(explicit));
        }
        if (rootProperty != null && !rootProperty.isBlank()) {
            Path candidate = Path.of(rootProperty).resolve("node_modules");
            tried.add(candidate);
            if (hasEngine(candidate)) {
                return candidate.toAbsolutePath();
            }
        }
        String home = env.get(HOME_VARIABLE);
        if (home != null && !home.isBlank()) {
            Path candidate = Path.of(home).resolve("node_modules");
            tried.add(candidate);
            if (hasEngine(candidate)) {
                return candidate.toAbsolutePath();
            }
        }
        for (Path dir = workingDir.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("node_modules");
            tried.add(candidate);
            if (hasEngine(candidate)) {
                return candidate;
            }
        }
        throw missing(tried);
    }

    private static Path check(Path dir, List<Path> tried) {
        if (!hasEngine(dir)) {
            throw missing(tried);
        }
        return dir.toAbsolutePath();
    }

    static boolean hasEngine(Path nodeModules) {
        return Files.isRegularFile(nodeModules.resolve(ENGINE).resolve("package.json"));
    }

    private static IllegalStateException missing(List<Path> tried) {
        return new IllegalStateException(ENGINE + " is not installed (looked in " + tried
                + "; set -D" + ROOT_PROPERTY + " or " + HOME_VARIABLE + " to the project root): run scripts/ensure-node-modules.sh");
    }
}
