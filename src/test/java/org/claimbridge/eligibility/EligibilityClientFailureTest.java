package org.claimbridge.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import org.claimbridge.eligibility.EligibilityResult.Failure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client against endpoints that time out or respond with something other than a 271. */
class EligibilityClientFailureTest {

    private final CountDownLatch release = new CountDownLatch(1);
    private FakeCoreEndpoint endpoint;

    @AfterEach
    void closeEndpoint() {
        release.countDown();
        if (endpoint != null) {
            endpoint.close();
        }
    }

    private EligibilityResult checkAgainst(Duration limit) {
        EligibilityClient client = new EligibilityClient(SandboxFixture.settings(endpoint.port(), limit), null);
        return client.check(EligibilityRequests.activeSubscriber());
    }

    private static void respond(HttpExchange exchange, int status, String contentType, byte[] body)
            throws IOException {
        exchange.getRequestBody().readAllBytes();
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Test
    void silentEndpointTimesOutWithinLimit() {
        endpoint = new FakeCoreEndpoint(exchange -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        long started = System.nanoTime();

        EligibilityResult result = checkAgainst(Duration.ofSeconds(1));

        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        assertThat(result.status()).isEqualTo(EligibilityStatus.ERROR);
        assertThat(result.failure().code()).isEqualTo(Failure.TIMEOUT);
        assertThat(result.failure().message()).contains("within 1000 ms");
        assertThat(elapsed).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void coreErrorEnvelopeIsCoreError() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(CoreEnvelope.PAYLOAD_TYPE, CoreEnvelope.ENVELOPE_ERROR);
        fields.put(CoreEnvelope.ERROR_CODE, "UnAuthorized");
        fields.put(CoreEnvelope.ERROR_MESSAGE, "Sender is not authorized");
        endpoint = new FakeCoreEndpoint(exchange -> respond(exchange, 401, CoreMultipart.contentType("e"),
                CoreMultipart.encode("e", fields)));

        EligibilityResult result = checkAgainst(Duration.ofSeconds(10));

        assertThat(result.failure().code()).isEqualTo(Failure.CORE_ERROR);
        assertThat(result.failure().message()).isEqualTo("The CORE endpoint rejected the envelope (HTTP 401):"
                + " ErrorCode UnAuthorized, ErrorMessage Sender is not authorized");
    }

    @Test
    void plainHttpErrorIsHttpStatus() {
        endpoint = new FakeCoreEndpoint(exchange -> respond(exchange, 503, "text/html",
                "<html>down</html>".getBytes(StandardCharsets.US_ASCII)));

        EligibilityResult result = checkAgainst(Duration.ofSeconds(10));

        assertThat(result.failure().code()).isEqualTo(Failure.HTTP_STATUS);
    }

    @Test
    void otherPayloadTypeIsInvalidResponse() {
        Map<String, String> fields = Map.of(CoreEnvelope.PAYLOAD_TYPE, "X12_999_Response_005010X231A1",
                CoreEnvelope.ERROR_CODE, CoreEnvelope.SUCCESS, CoreEnvelope.PAYLOAD, "ISA*00~");
        endpoint = new FakeCoreEndpoint(exchange -> respond(exchange, 200, CoreMultipart.contentType("e"),
                CoreMultipart.encode("e", fields)));

        EligibilityResult result = checkAgainst(Duration.ofSeconds(10));

        assertThat(result.failure().code()).isEqualTo(Failure.INVALID_RESPONSE);
    }

    @Test
    void refusedConnectionIsConnectionFailed() {
        endpoint = new FakeCoreEndpoint(exchange -> exchange.close());
        int closedPort = endpoint.port();
        endpoint.close();
        endpoint = null;
        EligibilityClient client = new EligibilityClient(SandboxFixture.settings(closedPort, Duration.ofSeconds(5)),
                null);

        EligibilityResult result = client.check(EligibilityRequests.activeSubscriber());

        assertThat(result.failure().code()).isEqualTo(Failure.CONNECTION_FAILED);
    }

    @Test
    void plainHttpEndpointIsRejected() {
        assertThatThrownBy(() -> new EligibilityClientSettings(URI.create("http://127.0.0.1:8080/core/realtime"),
                EligibilityRequests.PARTIES, EligibilityRequests.TRACE_ORIGINATOR, "CLAIMBRIDGE", "SBXCLEARING", null,
                null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be an https URL");
    }

    @Test
    void responseLimitDefaultsToCoreLimit() {
        EligibilityClientSettings settings = new EligibilityClientSettings(SandboxFixture.endpoint(443),
                EligibilityRequests.PARTIES, EligibilityRequests.TRACE_ORIGINATOR, "CLAIMBRIDGE", "SBXCLEARING", null,
                null, null);

        assertThat(settings.responseLimit()).isEqualTo(Duration.ofSeconds(20));
    }
}
