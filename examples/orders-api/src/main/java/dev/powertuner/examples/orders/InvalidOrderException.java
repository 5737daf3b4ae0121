package dev.powertuner.examples.orders;

/** The request is not a valid order; the handler answers 400 with this message. */
final class InvalidOrderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidOrderException(String message) {
        super(message);
    }
}
