package dev.powertuner.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads the text files the CLI is given: UTF-8 only (a leading byte-order mark is dropped), with messages in user terms. */
final class TextFiles {

    private TextFiles() {
    }

    /** Reads {@code file}, or stdin for {@code -}; {@code option} (e.g. "--input ") prefixes the file in messages. */
    static String read(String option, String file, InputStream stdin) {
        byte[] bytes;
        try {
            if ("-".equals(file)) {
                bytes = stdin.readAllBytes();
            } else if (Files.isDirectory(Path.of(file))) {
                throw new UsageException("Cannot read " + option + file + ": it is a directory");
            } else {
                bytes = Files.readAllBytes(Path.of(file));
            }
        } catch (IOException e) {
            throw new UsageException("Cannot read " + option + file + ": " + reason(e), e);
        }
        return decode(bytes, option + ("-".equals(file) ? "(stdin)" : file));
    }

    /** The UTF-8 text of {@code bytes}; {@code what} names the source in the message when they are not UTF-8. */
    static String decode(byte[] bytes, String what) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE || bytes[0] == (byte) 0xFE
                && bytes[1] == (byte) 0xFF)) {
            throw new UsageException(what + " is UTF-16 text; save it as UTF-8");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            throw new UsageException(String.format(Locale.ROOT, "%s is not UTF-8 text: byte 0x%02X at line %d, column %d"
                    + " is not valid UTF-8; save the file as UTF-8", what, bytes[at] & 0xFF, line(bytes, at), column(bytes, at)));
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return text.startsWith("\ufeff") ? text.substring(1) : text;
    }

    private static int line(byte[] bytes, int end) {
        int line = 1;
        for (int i = 0; i < end; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int column(byte[] bytes, int end) {
        int start = end;
        while (start > 0 && bytes[start - 1] != '\n') {
            start--;
        }
        return new String(bytes, start, end - start, StandardCharsets.UTF_8).length() + 1;
    }

    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? "input/output error" : e.getMessage();
    }
}
