package dev.powertuner.cli;

/** A usage error found after parsing (bad file, bad value); the CLI prints it and exits 2. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }

    UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
