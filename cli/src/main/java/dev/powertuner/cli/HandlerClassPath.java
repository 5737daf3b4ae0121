package dev.powertuner.cli;

import dev.powertuner.local.function.FunctionDefinition;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code --class-path}: the directories and jars holding the in-process Java handlers of a functions file. Local Lambda
 * loads handlers through the context class loader of the thread that starts it (its server threads inherit it), so
 * {@link #open} installs the loader on the current thread until {@link Scope#close}.
 */
final class HandlerClassPath {

    private HandlerClassPath() {
    }

    /** Restores the previous context class loader. */
    interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** Adds {@code classPath} (entries separated by the platform's path separator; null: none) to the current thread. */
    static Scope open(String classPath) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        if (classPath == null || classPath.isBlank()) {
            return () -> { };
        }
        List<URL> urls = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries(entry).forEach(path -> urls.add(url(path)));
            }
        }
        URLClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), previous);
        thread.setContextClassLoader(loader);
        return () -> {
            thread.setContextClassLoader(previous);
            try {
                loader.close();
            } catch (IOException ignored) {
                // the command is ending; nothing is loaded from it any more
            }
        };
    }

    /** The entries of {@code classPath}, with {@code DIR/*} expanded to DIR's jars. */
    static List<Path> paths(String classPath) {
        List<Path> paths = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                paths.addAll(entries(entry));
            }
        }
        return paths;
    }

    /** One class path entry: a directory or jar, or {@code DIR/*} for every jar in DIR (as {@code java -cp} reads it). */
    private static List<Path> entries(String entry) {
        boolean wildcard = entry.endsWith("/*") || entry.equals("*");
        Path path = Path.of(wildcard ? entry.substring(0, entry.length() - 1) + "." : entry);
        if (!Files.exists(path)) {
            throw new UsageException("--class-path: no such directory or jar: " + entry);
        }
        if (!wildcard) {
            return List.of(path);
        }
        try (Stream<Path> files = Files.list(path)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar")).sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UsageException("--class-path: cannot list " + entry + ": " + e.getMessage(), e);
        }
    }

    private static URL url(Path path) {
        try {
            return path.toAbsolutePath().normalize().toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UsageException("--class-path: not a usable path: " + path, e);
        }
    }

    /** Fails with a usage error naming the function when one of the handler classes cannot be loaded. */
    static void check(List<FunctionDefinition> functions) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (FunctionDefinition function : functions) {
            String handler = function.handler();
            if (handler == null || function.handlerFactory() != null) {
                continue;
            }
            try {
                Class.forName(handler, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new UsageException("function " + function.name() + ": handler class " + handler
                        + " is not on the class path; add its classes directory or jar with --class-path", e);
            }
        }
    }
}
