package dev.powertuner.examples.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * events/quote.json, read with the Lambda runtime's own event serializer, through the deployed configuration (the
 * public constructor: 20,000 products, 240 stores).
 */
class SampleEventTest {
    private static final String EVENT = "events/quote.json";
    private static final OrdersHandler HANDLER = new OrdersHandler();

    @Test
    void eventHasTheApiGatewayRestShapeAndFitsAStepFunctionsState() throws Exception {
        APIGatewayProxyRequestEvent event = EventLoader.loadApiGatewayRestEvent(EVENT);

        assertThat(event.getHttpMethod()).isEqualTo("POST");
        assertThat(event.getResource()).isEqualTo(OrdersHandler.QUOTE_PATH);
        assertThat(event.getRequestContext().getAccountId()).isEqualTo("123456789012");
        assertThat(event.getRequestContext().getStage()).isEqualTo("prod");
        assertThat(event.getRequestContext().getIdentity().getSourceIp()).isEqualTo("203.0.113.24");
        assertThat(event.getMultiValueHeaders().get("Content-Type")).containsExactly("application/json");
        assertThat(Files.size(Path.of(EVENT))).isLessThan(250_000);
    }

    @Test
    void sampleOrderIsQuotedWithConsistentTotals() throws Exception {
        // given
        APIGatewayProxyRequestEvent event = EventLoader.loadApiGatewayRestEvent(EVENT);

        // when
        APIGatewayProxyResponseEvent response = HANDLER.handleRequest(event, new TestContext());

        // then: every line is priced and the totals are the sums of the lines
        assertThat(response.getStatusCode()).isEqualTo(200);
        JsonNode quote = OrdersHandlerTest.READER.readTree(response.getBody());
        JsonNode lines = quote.get("lines");
        assertThat(lines).hasSize(2_000);
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode line : lines) {
            BigDecimal expected = line.get("gross").decimalValue().subtract(line.get("discount").decimalValue())
                    .add(line.get("shipping").decimalValue()).add(line.get("tax").decimalValue());
            assertThat(line.get("total").decimalValue()).isEqualByComparingTo(expected);
            sum = sum.add(line.get("total").decimalValue());
        }
        JsonNode totals = quote.get("totals");
        assertThat(totals.get("grandTotal").decimalValue()).isEqualByComparingTo(sum).isPositive();
        assertThat(totals.get("lineCount").asInt()).isEqualTo(2_000);
        assertThat(quote.get("orderId").asText()).isEqualTo("ORD-2026-10-004711");
    }

    @Test
    void sameEventGivesTheSameResponseInAnotherEnvironment() {
        APIGatewayProxyRequestEvent event = EventLoader.loadApiGatewayRestEvent(EVENT);

        String first = HANDLER.handleRequest(event, new TestContext()).getBody();

        assertThat(HANDLER.handleRequest(event, new TestContext()).getBody()).isEqualTo(first);
        assertThat(new OrdersHandler().handleRequest(event, new TestContext()).getBody()).isEqualTo(first);
    }
}
