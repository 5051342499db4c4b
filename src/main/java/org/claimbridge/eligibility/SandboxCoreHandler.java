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
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers CORE real-time 270s at {@code /core/realtime}: checks the envelope, stores the 270 as
 * {@code <PayloadID>.x12} in the inquiry folder, and returns the 271 built from the roster. Envelope errors get
 * HTTP 400 with PayloadType CoreEnvelopeError and an ErrorCode named after the field: {@code <Field>Required},
 * {@code <Field>Illegal}, or {@code VersionMismatch} for a CORERuleVersion other than 2.2.0.
 */
final class SandboxCoreHandler implements HttpHandler {

    /** Largest request body accepted: 1 MiB, far above any single 270. */
    static final int MAX_BODY_BYTES = 1 << 20;

    private static final Logger LOG = LoggerFactory.getLogger(SandboxCoreHandler.class);
    private static final Pattern PAYLOAD_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");
    private static final List<String> REQUIRED = List.of(CoreEnvelope.PAYLOAD_TYPE, CoreEnvelope.PROCESSING_MODE,
            CoreEnvelope.PAYLOAD_ID, CoreEnvelope.TIME_STAMP, CoreEnvelope.SENDER_ID, CoreEnvelope.RECEIVER_ID,
            CoreEnvelope.CORE_RULE_VERSION, CoreEnvelope.PAYLOAD);

    /** An envelope error: the CORE ErrorCode and a message without PHI. */
    private record EnvelopeError(String code, String message) {
    }

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
            answer(exchange, body);
        } catch (RuntimeException e) {
            LOG.error("Sandbox eligibility endpoint failed to answer a request", e);
            throw e;
        } finally {
            exchange.close();
        }
    }

    private void answer(HttpExchange exchange, byte[] body) throws IOException {
        Map<String, String> fields;
        try {
            fields = CoreMultipart.decode(exchange.getRequestHeaders().getFirst("Content-Type"), body);
        } catch (IllegalArgumentException e) {
            fields = Map.of();
        }
        EnvelopeError error = checkEnvelope(fields);
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
        SandboxAnswer decision = SandboxAnswer.decide(inquiry, roster);
        String x12 = Sandbox271Writer.write(inquiry, decision, controlNumber(), OffsetDateTime.now(clock));
        LOG.info("Sandbox eligibility endpoint answered PayloadID {}: subscriber {}, dependent {}", payloadId,
                outcome(decision.subscriber(), decision.subscriberReason()),
                inquiry.dependent() == null ? "none" : outcome(decision.dependent(), decision.dependentReason()));
        send(exchange, 200, responseEnvelope(fields, CoreEnvelope.RESPONSE_271, CoreEnvelope.SUCCESS, "None", x12));
    }

    private static EnvelopeError checkEnvelope(Map<String, String> fields) {
        for (String name : REQUIRED) {
            if (fields.getOrDefault(name, "").isBlank()) {
                return new EnvelopeError(name + "Required", "The CORE envelope has no " + name + " field");
            }
        }
        if (!fields.get(CoreEnvelope.PAYLOAD_TYPE).equals(CoreEnvelope.REQUEST_270)) {
            return new EnvelopeError("PayloadTypeIllegal", "PayloadType must be " + CoreEnvelope.REQUEST_270);
        }
        if (!fields.get(CoreEnvelope.PROCESSING_MODE).equals(CoreEnvelope.REAL_TIME)) {
            return new EnvelopeError("ProcessingModeIllegal", "ProcessingMode must be " + CoreEnvelope.REAL_TIME);
        }
        if (!fields.get(CoreEnvelope.CORE_RULE_VERSION).equals(CoreEnvelope.RULE_VERSION)) {
            return new EnvelopeError("VersionMismatch", "CORERuleVersion must be " + CoreEnvelope.RULE_VERSION);
        }
        if (!PAYLOAD_ID.matcher(fields.get(CoreEnvelope.PAYLOAD_ID)).matches()) {
            return new EnvelopeError("PayloadIDIllegal", "PayloadID must be 1 to 64 letters, digits or hyphens,"
                    + " for example a UUID");
        }
        try {
            DateTimeFormatter.ISO_DATE_TIME.parse(fields.get(CoreEnvelope.TIME_STAMP));
        } catch (DateTimeParseException e) {
            return new EnvelopeError("TimeStampIllegal", "TimeStamp must be an ISO 8601 date and time, for"
                    + " example 2024-01-05T12:00:00Z");
        }
        return null;
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
