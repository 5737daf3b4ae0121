package dev.powertuner.core.port;

/** Reads a payload object from S3 ({@code payloadS3}). */
public interface PayloadSource {

    /**
     * GetObject; the body as UTF-8 text.
     *
     * @throws FetchException with the HTTP status code (403, 404, ...) when the object cannot be read
     */
    String fetch(String bucket, String key);

    /** GetObject failed; {@code statusCode} is the HTTP status (0 when there was no response). */
    final class FetchException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final int statusCode;

        public FetchException(int statusCode, String message, Throwable cause) {
            super(message, cause);
            this.statusCode = statusCode;
        }

        public int statusCode() {
            return statusCode;
        }
    }
}
