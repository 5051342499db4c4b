package org.claimbridge.eligibility;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks the fields of a CORE real-time request envelope for the sandbox endpoint. ErrorCodes follow the CORE
 * naming: {@code <Field>Required} for a missing or empty field, {@code <Field>Illegal} for a value the endpoint
 * does not accept, and {@code VersionMismatch} for a CORERuleVersion other than 2.2.0.
 */
final class SandboxEnvelopeCheck {

    /** A PayloadID that is safe as a file name: a UUID or similar. */
    private static final Pattern PAYLOAD_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");
    private static final List<String> REQUIRED = List.of(CoreEnvelope.PAYLOAD_TYPE, CoreEnvelope.PROCESSING_MODE,
            CoreEnvelope.PAYLOAD_ID, CoreEnvelope.TIME_STAMP, CoreEnvelope.SENDER_ID, CoreEnvelope.RECEIVER_ID,
            CoreEnvelope.CORE_RULE_VERSION, CoreEnvelope.PAYLOAD);

    /** An envelope error: the CORE ErrorCode and a message without PHI. */
    record EnvelopeError(String code, String message) {
    }

    private SandboxEnvelopeCheck() {
    }

    /** Returns the first error of the envelope, or null when it is a valid real-time 270 envelope. */
    static EnvelopeError check(Map<String, String> fields) {
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
}
