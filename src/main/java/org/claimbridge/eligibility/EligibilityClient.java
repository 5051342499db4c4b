package org.claimbridge.eligibility;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.claimbridge.eligibility.EligibilityResult.Failure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks eligibility in real time: writes a 270, sends it in a CAQH CORE Phase II HTTP MIME envelope over
 * HTTPS, and reads the 271. The whole exchange is bounded by the response limit (20 seconds by default, the
 * CORE real-time limit), and every failure becomes an ERROR result instead of an exception. Thread-safe.
 */
public final class EligibilityClient {

    private static final Logger LOG = LoggerFactory.getLogger(EligibilityClient.class);

    private final EligibilityClientSettings settings;
    private final Eligibility270Writer writer;
    private final Eligibility271Reader reader = new Eligibility271Reader();
    private final EligibilityCache cache;
    private final Clock clock;
    private final HttpClient http;
    /** ISA13 of the next inquiry; starts at a random value so that restarts rarely repeat numbers. */
    private final AtomicLong nextControlNumber =
            new AtomicLong(ThreadLocalRandom.current().nextLong(1, InterchangeHeader.MAX_CONTROL_NUMBER / 2));

    /** Creates a client with the system clock in UTC. */
    public EligibilityClient(EligibilityClientSettings settings, EligibilityCache cache) {
        this(settings, cache, Clock.systemUTC());
    }

    /**
     * Creates a client.
     *
     * @param cache results to reuse for equal inquiries, or null for none
     * @throws IllegalStateException when the trust store cannot be loaded
     */
    public EligibilityClient(EligibilityClientSettings settings, EligibilityCache cache, Clock clock) {
        this.settings = settings;
        this.writer = new Eligibility270Writer(settings.parties(), settings.traceOriginatorId());
        this.cache = cache;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.responseLimit())
                .sslContext(TlsContexts.client(settings.trustStoreFile(), settings.trustStorePasswordFile()))
                .build();
    }

    /**
     * Returns the cached result for an equal inquiry, or sends the inquiry and returns the result read from the
     * 271. Failures of the exchange become ERROR results.
     */
    public EligibilityResult check(EligibilityRequest request) {
        return exchange(request).result();
    }

    /**
     * Does what {@link #check} does and also returns the ISA13 and CORE PayloadID of the 270 that was sent, which
     * callers store to trace the exchange.
     */
    public EligibilityExchange exchange(EligibilityRequest request) {
        if (cache != null) {
            var cached = cache.get(request);
            if (cached.isPresent()) {
                LOG.debug("Eligibility result for payer {} served from the cache", request.payerId());
                return new EligibilityExchange(cached.get(), null, null, true);
            }
        }
        EligibilityExchange exchange = send(request);
        if (cache != null) {
            cache.put(request, exchange.result());
        }
        return exchange;
    }

    private EligibilityExchange send(EligibilityRequest request) {
        String payloadId = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now(clock);
        long controlNumber = controlNumber();
        String x12 = writer.write(request, new InquiryControl(controlNumber, payloadId.replace("-", ""), now));
        String boundary = CoreMultipart.newBoundary();
        HttpRequest httpRequest = HttpRequest.newBuilder(settings.endpoint())
                .timeout(settings.responseLimit())
                .header("Content-Type", CoreMultipart.contentType(boundary))
                .POST(HttpRequest.BodyPublishers.ofByteArray(
                        CoreMultipart.encode(boundary, envelope(payloadId, now, x12))))
                .build();

        long started = System.nanoTime();
        EligibilityResult result = post(httpRequest, payloadId);
        LOG.info("Eligibility inquiry PayloadID={} ISA13={} payer {}: {} in {} ms", payloadId, controlNumber,
                request.payerId(), result.failure() == null ? result.status() : result.failure().code(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        return new EligibilityExchange(result, controlNumber, payloadId, false);
    }

    private Map<String, String> envelope(String payloadId, OffsetDateTime now, String x12) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(CoreEnvelope.PAYLOAD_TYPE, CoreEnvelope.REQUEST_270);
        fields.put(CoreEnvelope.PROCESSING_MODE, CoreEnvelope.REAL_TIME);
        fields.put(CoreEnvelope.PAYLOAD_ID, payloadId);
        fields.put(CoreEnvelope.TIME_STAMP, DateTimeFormatter.ISO_INSTANT.format(
                now.toInstant().truncatedTo(ChronoUnit.SECONDS)));
        fields.put(CoreEnvelope.SENDER_ID, settings.coreSenderId());
        fields.put(CoreEnvelope.RECEIVER_ID, settings.coreReceiverId());
        fields.put(CoreEnvelope.CORE_RULE_VERSION, CoreEnvelope.RULE_VERSION);
        fields.put(CoreEnvelope.PAYLOAD, x12);
        return fields;
    }

    private EligibilityResult post(HttpRequest httpRequest, String payloadId) {
        Duration limit = settings.responseLimit();
        CompletableFuture<HttpResponse<byte[]>> pending =
                http.sendAsync(httpRequest, HttpResponse.BodyHandlers.ofByteArray());
        try {
            HttpResponse<byte[]> response = pending.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return CoreResponses.read(response, reader);
        } catch (TimeoutException e) {
            pending.cancel(true);
            return timeout(payloadId, limit);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof java.net.http.HttpTimeoutException) {
                return timeout(payloadId, limit);
            }
            LOG.warn("Eligibility inquiry PayloadID={} to {} failed", payloadId, settings.endpoint(), cause);
            return EligibilityResult.error(Failure.CONNECTION_FAILED, "Sending the 270 (PayloadID " + payloadId
                    + ") to " + settings.endpoint() + " failed: " + cause + ". Check the endpoint URL, that the"
                    + " server is up and that the trust store holds its certificate");
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            return EligibilityResult.error(Failure.CONNECTION_FAILED, "Interrupted while waiting for the 271"
                    + " (PayloadID " + payloadId + ")");
        }
    }

    private EligibilityResult timeout(String payloadId, Duration limit) {
        return EligibilityResult.error(Failure.TIMEOUT, "No 271 from " + settings.endpoint() + " within "
                + limit.toMillis() + " ms (PayloadID " + payloadId + "); CORE real-time responses are due within"
                + " 20 seconds, so the payer is unavailable: retry later");
    }

    private long controlNumber() {
        return nextControlNumber.getAndUpdate(n -> n >= InterchangeHeader.MAX_CONTROL_NUMBER ? 1 : n + 1);
    }
}
