package dev.powertuner.examples.orders;

/** The body of a 4xx response, in API Gateway's own shape. */
record ErrorBody(String message) {
}
