package org.claimbridge.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import org.claimbridge.eligibility.checks.CompletedCheck;
import org.claimbridge.eligibility.checks.PendingCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The shipped 271 samples as a CORE endpoint's responses over real HTTPS: what the tolerant reader makes of each
 * and whether the intake flags the coverage.
 */
class Sample271ExchangeTest {

    private FakeCoreEndpoint endpoint;

    @AfterEach
    void close() {
        if (endpoint != null) {
            endpoint.close();
        }
    }

    @Test
    void subscriberSampleIsActiveAndNotFlagged() {
        EligibilityExchange exchange = exchangeWith("271_lfh_subscriber-health-benefit-check.271");

        assertThat(exchange.result().status()).isEqualTo(EligibilityStatus.ACTIVE);
        assertThat(exchange.result().readProblems()).isEmpty();
        assertThat(exchange.interchangeControl()).isNotNull();
        assertThat(flagged(exchange)).isFalse();
    }

    @Test
    void dependentSampleIsActiveAndNotFlagged() {
        EligibilityExchange exchange = exchangeWith("271_lfh_dependent-health-benefit-check.271");

        assertThat(exchange.result().status()).isEqualTo(EligibilityStatus.ACTIVE);
        assertThat(flagged(exchange)).isFalse();
    }

    @Test
    void aaaSampleIsFlaggedAndReportsDefect() {
        EligibilityExchange exchange = exchangeWith("271_lfh_subscriber-health-benefit-check-error_AAA.271");

        assertThat(exchange.result().status()).isEqualTo(EligibilityStatus.REJECTED);
        assertThat(exchange.result().rejections()).extracting(Rejection::aaaSegmentLoop, Rejection::reasonCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2100B", "50"));
        assertThat(exchange.result().readProblems()).containsExactly("SE02 CONTROL_REFERENCE_MISMATCH (segment 10)");
        assertThat(flagged(exchange)).isTrue();
    }

    private static boolean flagged(EligibilityExchange exchange) {
        return new CompletedCheck(new PendingCheck(1, 1, "X", null), exchange).flagged();
    }

    private EligibilityExchange exchangeWith(String sample) {
        String x12 = Eligibility271ReaderTest.sample(sample);
        endpoint = new FakeCoreEndpoint(exchange -> respond(exchange, x12));
        EligibilityClient client = new EligibilityClient(SandboxFixture.settings(endpoint.port(), Duration.ofSeconds(5)),
                null);

        return client.exchange(EligibilityRequests.activeSubscriber());
    }

    private static void respond(HttpExchange exchange, String x12) throws IOException {
        exchange.getRequestBody().readAllBytes();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(CoreEnvelope.PAYLOAD_TYPE, CoreEnvelope.RESPONSE_271);
        fields.put(CoreEnvelope.PROCESSING_MODE, CoreEnvelope.REAL_TIME);
        fields.put(CoreEnvelope.PAYLOAD_ID, "sample");
        fields.put(CoreEnvelope.TIME_STAMP, "2025-03-04T10:15:00Z");
        fields.put(CoreEnvelope.SENDER_ID, "SBXCLEARING");
        fields.put(CoreEnvelope.RECEIVER_ID, "CLAIMBRIDGE");
        fields.put(CoreEnvelope.CORE_RULE_VERSION, CoreEnvelope.RULE_VERSION);
        fields.put(CoreEnvelope.ERROR_CODE, CoreEnvelope.SUCCESS);
        fields.put(CoreEnvelope.ERROR_MESSAGE, "None");
        fields.put(CoreEnvelope.PAYLOAD, x12);
        String boundary = CoreMultipart.newBoundary();
        byte[] body = CoreMultipart.encode(boundary, fields);
        exchange.getResponseHeaders().set("Content-Type", CoreMultipart.contentType(boundary));
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
