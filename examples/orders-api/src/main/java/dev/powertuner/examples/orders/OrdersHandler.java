package dev.powertuner.examples.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * API Gateway (REST, proxy integration) handler of the orders API: {@code POST /orders/quote} prices an order.
 * 200 with a {@link Quote}, 400 for a malformed or invalid order, 404 for another path, 405 for another method.
 *
 * <p>Configure it as {@code dev.powertuner.examples.orders.OrdersHandler::handleRequest}. The catalogue and the store
 * network are built once per execution environment, in the constructor (they show up as Init Duration).
 */
public final class OrdersHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    static final String QUOTE_PATH = "/orders/quote";
    static final String SIGNING_KEY_VARIABLE = "QUOTE_SIGNING_KEY";
    static final String DEMO_SIGNING_KEY = "powertuner-example-demo-key";

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private final QuoteService quotes;
    private final OrderBodyReader reader;

    /** Reads {@code QUOTE_SIGNING_KEY} once (a demo key when unset) and builds the catalogue and stores. */
    public OrdersHandler() {
        this(QuoteService.standard(signingKey(System.getenv(SIGNING_KEY_VARIABLE))));
    }

    OrdersHandler(QuoteService quotes) {
        this.quotes = quotes;
        this.reader = new OrderBodyReader(MAPPER);
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent request, Context context) {
        if (!QUOTE_PATH.equals(request.getPath())) {
            return respond(404, new ErrorBody("No route for " + request.getPath()));
        }
        if (!"POST".equals(request.getHttpMethod())) {
            return respond(405, new ErrorBody("Method " + request.getHttpMethod() + " is not allowed on " + QUOTE_PATH
                    + "; use POST")).withHeaders(Map.of("Content-Type", "application/json", "Allow", "POST"));
        }
        try {
            Quote quote = quotes.quote(reader.read(request.getBody(), request.getIsBase64Encoded()));
            context.getLogger().log("quote " + quote.quoteId() + " for order " + quote.orderId() + ": "
                    + quote.totals().lineCount() + " lines, " + quote.totals().grandTotal() + " " + quote.currency());
            return respond(200, quote);
        } catch (InvalidOrderException e) {
            context.getLogger().log("rejected: " + e.getMessage());
            return respond(400, new ErrorBody(e.getMessage()));
        }
    }

    static byte[] signingKey(String configured) {
        String key = configured == null || configured.isEmpty() ? DEMO_SIGNING_KEY : configured;
        return key.getBytes(StandardCharsets.UTF_8);
    }

    private static APIGatewayProxyResponseEvent respond(int status, Object body) {
        try {
            return new APIGatewayProxyResponseEvent()
                    .withStatusCode(status)
                    .withHeaders(Map.of("Content-Type", "application/json"))
                    .withBody(MAPPER.writeValueAsString(body))
                    .withIsBase64Encoded(false);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Cannot write the response body", e);
        }
    }
}
