package dev.powertuner.examples.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The handler on the small shop: routing, status codes, messages and hand-computed totals. */
class OrdersHandlerTest {
    static final ObjectMapper READER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final String SMALL_ORDER = """
            {"orderId": "ORD-1", "currency": "EUR", "customer": {"id": "C-1", "tier": "GOLD", "country": "DE"},
             "couponCodes": ["OFFICE5"], "lines": [{"sku": "SKU-A", "quantity": 12}, {"sku": "SKU-B", "quantity": 3}]}
            """;

    private final OrdersHandler handler = new OrdersHandler(SmallShop.service());
    private final TestContext context = new TestContext();

    @Test
    void smallOrderTotalsMatchTheHandComputation() throws Exception {
        // given: SKU-A 12 × 10.00, GOLD + volume + OFFICE5; SKU-B 3 × 4.99, GOLD only (see LinePricerTest)
        APIGatewayProxyResponseEvent response = handler.handleRequest(post(SMALL_ORDER), context);

        // then: A = 120.00 − 12.75 + 10.00 + 22.28 = 139.53; B = 14.97 − 0.60 + 1.80 + 1.13 = 17.30
        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json");
        JsonNode totals = READER.readTree(response.getBody()).get("totals");
        assertThat(totals.get("lineCount").asInt()).isEqualTo(2);
        assertThat(totals.get("units").asLong()).isEqualTo(15);
        assertThat(totals.get("gross").decimalValue()).isEqualByComparingTo("134.97");
        assertThat(totals.get("discount").decimalValue()).isEqualByComparingTo("13.35");
        assertThat(totals.get("shipping").decimalValue()).isEqualByComparingTo("11.80");
        assertThat(totals.get("tax").decimalValue()).isEqualByComparingTo("23.41");
        assertThat(totals.get("grandTotal").decimalValue()).isEqualByComparingTo("156.83");
    }

    @Test
    void quoteCarriesIdsDigestSignatureAndPerLineDetail() throws Exception {
        JsonNode quote = READER.readTree(handler.handleRequest(post(SMALL_ORDER), context).getBody());

        String digest = new QuoteSigner(SmallShop.KEY).digest(
                OrdersHandler.MAPPER.readValue(SMALL_ORDER, QuoteRequest.class));
        assertThat(quote.get("digest").asText()).isEqualTo("sha256:" + digest);
        assertThat(quote.get("quoteId").asText()).isEqualTo("Q-" + digest.substring(0, 16));
        assertThat(quote.get("signature").asText()).matches("[A-Za-z0-9_-]{43}");
        assertThat(quote.get("lines").get(0).get("shipsFrom").asText()).isEqualTo("ST-1");
        assertThat(quote.get("lines").get(0).get("alternatives").get(0).asText()).isEqualTo("SKU-C");
        assertThat(quote.get("lines").get(1).get("shipsFrom").asText()).isEqualTo("ST-2");
        assertThat(context.logged()).singleElement().asString().contains("ORD-1", "2 lines", "156.83 EUR");
    }

    @Test
    void base64BodyIsDecoded() {
        APIGatewayProxyRequestEvent request = post(Base64.getEncoder().encodeToString(
                SMALL_ORDER.getBytes(StandardCharsets.UTF_8))).withIsBase64Encoded(true);

        assertThat(handler.handleRequest(request, context).getBody())
                .isEqualTo(handler.handleRequest(post(SMALL_ORDER), context).getBody());
    }

    @Test
    void malformedJsonIs400WithTheParsersPosition() throws Exception {
        APIGatewayProxyResponseEvent response = handler.handleRequest(post("{\"orderId\": \"ORD-1\", \"lines\": ["),
                context);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(message(response)).isEqualTo("Malformed JSON body at lines: Unexpected end-of-input: expected close "
                + "marker for Array (start marker at [line: 1, column: 31]) (line 1, column 32)");
    }

    @Test
    void wrongTypeIs400NamingTheField() throws Exception {
        String body = SMALL_ORDER.replace("\"quantity\": 3", "\"quantity\": 2.5");

        APIGatewayProxyResponseEvent response = handler.handleRequest(post(body), context);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(message(response)).startsWith("Malformed JSON body at lines[1].quantity: ");
    }

    @Test
    void missingBodyIs400() throws Exception {
        APIGatewayProxyResponseEvent response = handler.handleRequest(post(null), context);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(message(response)).startsWith("The request body is required");
    }

    @Test
    void invalidOrdersAre400WithTheFirstProblem() throws Exception {
        assertThat(message(handler.handleRequest(post(SMALL_ORDER.replace("SKU-B", "SKU-Z")), context)))
                .isEqualTo("lines[1].sku: unknown SKU 'SKU-Z'");
        assertThat(message(handler.handleRequest(post(SMALL_ORDER.replace("EUR", "JPY")), context)))
                .isEqualTo("currency must be one of [EUR, GBP], got 'JPY'");
        assertThat(message(handler.handleRequest(post(SMALL_ORDER.replace("\"quantity\": 12", "\"quantity\": 0")),
                context))).isEqualTo("lines[0].quantity must be between 1 and 10000, got 0");
        assertThat(message(handler.handleRequest(post("null"), context))).startsWith("The body must be a JSON order");
        assertThat(context.logged()).allMatch(line -> line.startsWith("rejected: "));
    }

    @Test
    void otherPathIs404AndOtherMethodIs405() throws Exception {
        APIGatewayProxyResponseEvent notFound = handler.handleRequest(post(SMALL_ORDER).withPath("/orders"), context);
        APIGatewayProxyResponseEvent notAllowed = handler.handleRequest(post(SMALL_ORDER).withHttpMethod("GET"),
                context);

        assertThat(notFound.getStatusCode()).isEqualTo(404);
        assertThat(message(notFound)).isEqualTo("No route for /orders");
        assertThat(notAllowed.getStatusCode()).isEqualTo(405);
        assertThat(notAllowed.getHeaders()).containsEntry("Allow", "POST");
    }

    @Test
    void signingKeyFallsBackToTheDemoKeyWhenUnset() {
        assertThat(OrdersHandler.signingKey(null)).isEqualTo(OrdersHandler.signingKey(""))
                .isEqualTo(OrdersHandler.DEMO_SIGNING_KEY.getBytes(StandardCharsets.UTF_8));
        assertThat(new String(OrdersHandler.signingKey("s3cret"), StandardCharsets.UTF_8)).isEqualTo("s3cret");
    }

    static APIGatewayProxyRequestEvent post(String body) {
        return new APIGatewayProxyRequestEvent().withHttpMethod("POST").withPath(OrdersHandler.QUOTE_PATH)
                .withResource(OrdersHandler.QUOTE_PATH).withBody(body).withIsBase64Encoded(false);
    }

    private static String message(APIGatewayProxyResponseEvent response) throws Exception {
        return READER.readTree(response.getBody()).get("message").asText();
    }
}
