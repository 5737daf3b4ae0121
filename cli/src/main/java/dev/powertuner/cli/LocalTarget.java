package dev.powertuner.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.powertuner.local.LocalLambda;
import dev.powertuner.local.function.FunctionDefinition;
import dev.powertuner.local.function.WorkloadProfile;
import dev.powertuner.local.process.ProcessSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The function a local run tunes: {@code profile:k=v,...} (a simulated workload) or a Local Lambda functions file.
 *
 * @param functions every function to register
 * @param target    the name of the one to tune
 */
record LocalTarget(List<FunctionDefinition> functions, String target) {
    static final String PROFILE_PREFIX = "profile:";
    static final String DEFAULT_NAME = "target";
    private static final int PROFILE_TIMEOUT_SECONDS = 300;
    private static final int INITIAL_MEMORY = 1024;

    LocalTarget {
        functions = List.copyOf(functions);
    }

    /** The definition of the function to tune. */
    FunctionDefinition definition() {
        return functions.stream().filter(f -> f.name().equals(target)).findFirst().orElseThrow();
    }

    /**
     * The in-process Java handlers of this target run in process mode instead: a {@code java21} JVM per execution
     * environment under the runtime interface client, with {@code classPath} as the code.
     */
    LocalTarget inProcessMode(List<Path> classPath) {
        List<FunctionDefinition> converted = new ArrayList<>();
        for (FunctionDefinition f : functions) {
            boolean javaHandler = f.handler() != null && f.handlerFactory() == null && f.process() == null;
            if (!javaHandler) {
                converted.add(f);
                continue;
            }
            ProcessSpec spec = new ProcessSpec("java21", f.handler(), null, classPath);
            try {
                spec.validate();
            } catch (IllegalArgumentException e) {
                throw new UsageException("function " + f.name() + ": " + e.getMessage(), e);
            }
            converted.add(f.withProcess(spec));
        }
        return new LocalTarget(converted, target);
    }

    /** Parses {@code --target}; {@code name} is {@code --function} (null: first function, or "target"). */
    static LocalTarget parse(String spec, String name) {
        if (spec.startsWith(PROFILE_PREFIX)) {
            if (name != null && !name.matches("[A-Za-z0-9_-]{1,64}")) {
                throw new UsageException("--function '" + name + "' is not a function name (1 to 64 letters, digits, - or _)");
            }
            return profile(spec.substring(PROFILE_PREFIX.length()), name == null ? DEFAULT_NAME : name);
        }
        Path file = Path.of(spec);
        if (!Files.isRegularFile(file)) {
            throw new UsageException("--target must be profile:key=value,... or a functions JSON file; not found: " + spec);
        }
        Json.parse(TextFiles.read("the functions file ", spec, InputStream.nullInputStream()), "the functions file " + spec);
        List<FunctionDefinition> functions;
        try {
            functions = LocalLambda.readFunctionsFile(file);
        } catch (IOException | RuntimeException e) {
            throw new UsageException("Cannot read the functions file " + spec + ": " + e.getMessage(), e);
        }
        if (functions.isEmpty()) {
            throw new UsageException("The functions file " + spec + " defines no function");
        }
        String target = name == null ? functions.get(0).name() : name;
        if (functions.stream().noneMatch(f -> f.name().equals(target))) {
            throw new UsageException("The functions file " + spec + " has no function named " + target);
        }
        return new LocalTarget(functions, target);
    }

    /** A profile target, e.g. {@code cpuMs=400,ioMs=100,memoryMb=150} (plus {@code architecture=arm64}). */
    static LocalTarget profile(String keyValues, String name) {
        ObjectNode json = ProfileString.parse(keyValues);
        JsonNode architecture = json.remove(ProfileString.ARCHITECTURE);
        try {
            FunctionDefinition definition = FunctionDefinition.builder(name).memorySize(INITIAL_MEMORY)
                    .timeout(PROFILE_TIMEOUT_SECONDS).architecture(architecture == null ? "x86_64" : architecture.asText())
                    .description("powertuner local target").profile(WorkloadProfile.fromJson(json)).build();
            return new LocalTarget(List.of(definition), name);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--target profile: " + e.getMessage(), e);
        }
    }
}
