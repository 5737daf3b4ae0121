package dev.powertuner.cdk;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The file this library's jar carries next to its classes: the shaded handler jar (the state machine definition comes
 * with the powertuner-statemachine jar). It becomes a file at synth time (a CDK asset must be one), in a directory named by its content
 * hash, so every synth of one library build uses the same file and the asset hash never changes with the path.
 */
final class BundledResources {
    static final String HANDLER_JAR = "powertuner-functions-lambda.jar";
    private static final int HASH_CHARS = 16;

    private BundledResources() {
    }

    /**
     * The bundled handler jar as a file in the user's cache ({@code $XDG_CACHE_HOME/powertuner}, else
     * {@code ~/.cache/powertuner}; the temporary directory when neither can be written): a content-addressed cache
     * that every synth of one library build reuses, like a build tool's, rather than a temporary file to clean up.
     */
    static Path handlerJar() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = (xdg == null || xdg.isBlank() ? Paths.get(System.getProperty("user.home"), ".cache")
                : Paths.get(xdg)).resolve("powertuner");
        try {
            return extract(HANDLER_JAR, cache);
        } catch (UncheckedIOException e) {
            return extract(HANDLER_JAR, Paths.get(System.getProperty("java.io.tmpdir")));
        }
    }

    /** Copies a resource to {@code <parent>/powertuner-cdk-<sha-256 prefix>/<name>}, once per content. */
    static Path extract(String name, Path parent) {
        try (InputStream in = open(name)) {
            Files.createDirectories(parent);
            Path part = Files.createTempFile(parent, "powertuner-cdk-", ".part");
            MessageDigest sha256 = sha256();
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(part), sha256)) {
                in.transferTo(out);
            }
            String hash = HexFormat.of().formatHex(sha256.digest()).substring(0, HASH_CHARS);
            Path target = Files.createDirectories(parent.resolve("powertuner-cdk-" + hash)).resolve(name);
            if (Files.isRegularFile(target) && Files.size(target) == Files.size(part)) {
                Files.delete(part);
            } else {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract the bundled " + name + " into " + parent, e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = BundledResources.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("The powertuner-cdk jar carries no " + name + " next to "
                    + BundledResources.class.getName() + ": build the library with mvn -pl cdk -am package");
        }
        return in;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
