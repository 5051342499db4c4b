package org.claimbridge.eligibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.claimbridge.eligibility.SandboxEnvelopeCheck.EnvelopeError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Responds to CORE real-time 270s at {@code /core/realtime}: checks the envelope, stores the 270 as
 * {@code <PayloadID>.x12} in the inquiry folder, and returns the 271 built from the roster. Envelope errors (see
 * {@link SandboxEnvelopeCheck}) and payloads that are not a readable 270 get HTTP 400 with PayloadType
 * CoreEnvelopeError.
 */
final class SandboxCoreHandler implements HttpHandler {

    /** Largest request body accepted: 1 MiB, far above any single 270. */
    static final int MAX_BODY_BYTES = 1 << 20;

    private static final Logger LOG = LoggerFactory.getLogger(SandboxCoreHandler.class);

    private final Path inquiryFolder;
    private final EligibilityRoster roster;
    private final Clock clock;
    private final AtomicLong nextControlNumber = new AtomicLong(1);

    SandboxCoreHandler(Path inquiryFolder, EligibilityRoster roster, Clock clock) {
        this.inquiryFolder = inquiryFolder;
        this.roster = roster;
        this.clock = clock;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            if (!exchange.getRequestMethod().equals("POST")) {
                exchange.getResponseHeaders().set("Allow", "POST");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body = readBody(exchange.getRequestBody());
            if (body == null) {
                exchange.sendResponseHeaders(413, -1);
                return;
            }
            respond(exchange, body);
        } catch (RuntimeException e) {
            LOG.error("Sandbox eligibility endpoint failed to respond to a request", e);
            throw e;
        } finally {
            exchange.close();
        }
    }

    private void respond(HttpExchange exchange, byte[] body) throws IOException {
        Map<String, String> fields;
        try {
            fields = CoreMultipart.decode(exchange.getRequestHeaders().getFirst("Content-Type"), body);
        } catch (IllegalArgumentException e) {
            fields = Map.of();
        }
        EnvelopeError error = SandboxEnvelopeCheck.check(fields);
        if (error == null) {
            error = store(fields);
        }
        if (error != null) {
            LOG.info("Sandbox eligibility endpoint rejected an envelope: {}", error.code());
            send(exchange, 400, errorEnvelope(fields, error));
            return;
        }

        String payloadId = fields.get(CoreEnvelope.PAYLOAD_ID);
        Inquiry270 inquiry;
        try {
            inquiry = Inquiry270Parser.parse(X12SegmentReader.read(fields.get(CoreEnvelope.PAYLOAD)).segments());
        } catch (IllegalArgumentException e) {
            LOG.info("Sandbox eligibility endpoint cannot read the 270 of PayloadID {}: {}", payloadId,
                    e.getMessage());
            send(exchange, 400, errorEnvelope(fields, new EnvelopeError("PayloadIllegal", e.getMessage())));
            return;
        }
        SandboxDecision decision = SandboxDecision.decide(inquiry, roster);
        String x12 = Sandbox271Writer.write(inquiry, decision, controlNumber(), OffsetDateTime.now(clock));
        LOG.info("Sandbox eligibility endpoint responded to PayloadID {}: subscriber {}, dependent {}", payloadId,
                outcome(decision.subscriber(), decision.subscriberReason()),
                inquiry.dependent() == null ? "none" : outcome(decision.dependent(), decision.dependentReason()));
        send(exchange, 200, responseEnvelope(fields, CoreEnvelope.RESPONSE_271, CoreEnvelope.SUCCESS, "None", x12));
    }

    /** Writes the 270 to {@code <PayloadID>.x12}; a PayloadID received before is an envelope error. */
    private EnvelopeError store(Map<String, String> fields) throws IOException {
        String payloadId = fields.get(CoreEnvelope.PAYLOAD_ID);
        try {
            Files.writeString(inquiryFolder.resolve(payloadId + ".x12"), fields.get(CoreEnvelope.PAYLOAD),
                    StandardCharsets.ISO_8859_1, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return null;
        } catch (FileAlreadyExistsException e) {
            return new EnvelopeError("PayloadIDIllegal", "PayloadID " + payloadId + " was already received;"
                    + " send each request with a new PayloadID");
        }
    }

    private Map<String, String> errorEnvelope(Map<String, String> request, EnvelopeError error) {
        return responseEnvelope(request, CoreEnvelope.ENVELOPE_ERROR, error.code(), error.message(), null);
    }

    private Map<String, String> responseEnvelope(Map<String, String> request, String payloadType,
            String errorCode, String errorMessage, String payload) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(CoreEnvelope.PAYLOAD_TYPE, payloadType);
        fields.put(CoreEnvelope.PROCESSING_MODE, CoreEnvelope.REAL_TIME);
        fields.put(CoreEnvelope.PAYLOAD_ID, request.getOrDefault(CoreEnvelope.PAYLOAD_ID, ""));
        fields.put(CoreEnvelope.TIME_STAMP, DateTimeFormatter.ISO_INSTANT.format(
                Instant.now(clock).truncatedTo(ChronoUnit.SECONDS)));
        fields.put(CoreEnvelope.SENDER_ID, request.getOrDefault(CoreEnvelope.RECEIVER_ID, ""));
        fields.put(CoreEnvelope.RECEIVER_ID, request.getOrDefault(CoreEnvelope.SENDER_ID, ""));
        fields.put(CoreEnvelope.CORE_RULE_VERSION, CoreEnvelope.RULE_VERSION);
        fields.put(CoreEnvelope.ERROR_CODE, errorCode);
        fields.put(CoreEnvelope.ERROR_MESSAGE, errorMessage);
        if (payload != null) {
            fields.put(CoreEnvelope.PAYLOAD, payload);
        }
        return fields;
    }

    private static void send(HttpExchange exchange, int status, Map<String, String> fields) throws IOException {
        String boundary = CoreMultipart.newBoundary();
        byte[] body = CoreMultipart.encode(boundary, fields);
        exchange.getResponseHeaders().set("Content-Type", CoreMultipart.contentType(boundary));
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Returns the body, or null when it is larger than {@link #MAX_BODY_BYTES}. */
    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? null : body;
    }

    private long controlNumber() {
        return nextControlNumber.getAndUpdate(n -> n >= InterchangeHeader.MAX_CONTROL_NUMBER ? 1 : n + 1);
    }

    private static String outcome(RosterMember member, String reason) {
        if (member == null) {
            return "AAA " + reason;
        }
        return member.active() ? "active" : "inactive";
    }
}
