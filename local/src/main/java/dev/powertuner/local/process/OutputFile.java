package dev.powertuner.local.process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * An environment's stdout and stderr, written to a file rather than a pipe: whatever the runtime wrote before it
 * posted its answer is in the file by then, so reading up to the end after the answer attributes every line to the
 * right invocation without racing a reader thread. The process opens it in append mode, so {@link #reset} can
 * truncate it between invocations.
 */
final class OutputFile implements AutoCloseable {
    private final Path file;
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private long offset;

    OutputFile(Path file) {
        this.file = file;
        try {
            Files.deleteIfExists(file);
            Files.createFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file + ": " + e.getMessage(), e);
        }
    }

    Path path() {
        return file;
    }

    /** Hands every complete line written since the last call to {@code sink}, then a trailing partial line too. */
    synchronized void drainTo(Consumer<String> sink) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.allocate(8192);
            channel.position(offset);
            int n;
            while ((n = channel.read(buf)) > 0) {
                offset += n;
                buf.flip();
                while (buf.hasRemaining()) {
                    byte b = buf.get();
                    if (b == '\n') {
                        sink.accept(partial.toString(StandardCharsets.UTF_8));
                        partial.reset();
                    } else {
                        partial.write(b);
                    }
                }
                buf.clear();
            }
        } catch (IOException e) {
            return;
        }
        if (partial.size() > 0) {
            sink.accept(partial.toString(StandardCharsets.UTF_8));
            partial.reset();
        }
    }

    /**
     * Drops what was written so far (call it only while the runtime waits in {@code next}, so that nothing is being
     * written): an environment that logs a lot over thousands of invocations keeps a small file.
     */
    synchronized void reset() {
        drainTo(line -> { });
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(0);
            offset = 0;
        } catch (IOException e) {
            // keep reading from the current offset
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // inside our temporary directory, which the host removes
        }
    }
}
