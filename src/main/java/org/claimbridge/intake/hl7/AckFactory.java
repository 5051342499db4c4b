package org.claimbridge.intake.hl7;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import ca.uhn.hl7v2.AcknowledgmentCode;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.Version;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.util.Terser;

/**
 * Builds original-mode acknowledgements with HAPI: {@link Message#generateACK} fills MSH and MSA (MSA-2 is
 * the inbound MSH-10) and {@link HL7Exception#populateResponse} writes one ERR repetition per error, as ERR
 * segments with ERR-2 and ERR-3 from v2.5 on and as repetitions of ERR-1 before.
 */
final class AckFactory {

    private static final String DEFAULT_ENCODING_CHARACTERS = "^~\\&";

    private final PipeParser parser;

    AckFactory(PipeParser parser) {
        this.parser = parser;
    }

    /** Acknowledges a parsed message, with one ERR per error (none for AA). */
    String acknowledge(Message inbound, AckCode code, List<? extends HL7Exception> errors) {
        return acknowledge(inbound, code, errors, List.of());
    }

    /**
     * Acknowledges a parsed message with one ERR per error, then one per warning. From v2.5 on, ERR-4 (severity)
     * is E for errors and W for warnings. Older versions have no severity, so an AA with warnings there carries
     * ERR-1 repetitions and an empty MSA-3.
     */
    String acknowledge(Message inbound, AckCode code, List<? extends HL7Exception> errors,
            List<? extends HL7Exception> warnings) {
        List<HL7Exception> entries = new ArrayList<>(errors);
        entries.addAll(warnings);
        try {
            AcknowledgmentCode hapiCode = AcknowledgmentCode.valueOf(code.name());
            Message ack = inbound.generateACK(hapiCode, entries.isEmpty() ? null : entries.get(0));
            for (int i = 1; i < entries.size(); i++) {
                entries.get(i).populateResponse(ack, hapiCode, i);
            }
            markWarnings(ack, errors.size(), entries.size());
            if (code == AckCode.AA) {
                Terser.set((Segment) ack.get("MSA"), 3, 0, 1, 1, null);
            }
            copyCharacterSet(inbound, ack);
            return parser.encode(ack);
        } catch (HL7Exception | IOException e) {
            throw new IllegalStateException("Building the HL7 acknowledgement failed: " + e.getMessage(), e);
        }
    }

    /** Sets ERR-4 to W on the ERR segments from {@code first} on; versions before 2.5 have no ERR-4. */
    private static void markWarnings(Message ack, int first, int count) throws HL7Exception {
        Version version = Version.versionOf(Terser.get((Segment) ack.get("MSH"), 12, 0, 1, 1));
        if (first >= count || version == null || Version.V25.isGreaterThan(version)) {
            return;
        }
        for (int i = first; i < count; i++) {
            Terser.set((Segment) ack.get("ERR", i), 4, 0, 1, 1, "W");
        }
    }

    /**
     * Rejects a message that was not parsed. HAPI builds the ACK from a stand-in message whose MSH contains
     * what could be read by hand, as HAPI's own application router does for messages it cannot parse.
     */
    String reject(RawMessage raw, Rejection rejection) {
        try {
            return acknowledge(standIn(raw), AckCode.AR, List.of(rejection.toError()));
        } catch (HL7Exception e) {
            throw new IllegalStateException("Building the HL7 acknowledgement failed: " + e.getMessage(), e);
        }
    }

    /**
     * Returns a generic message whose MSH carries the received sender, receiver, type, control id and version.
     * A message of an unsupported version is acknowledged in HAPI's highest available version. Then the ERR
     * layout (ERR-1 before v2.5, ERR-2 and ERR-3 from v2.5 on) matches the acknowledgement's MSH-12.
     */
    private Message standIn(RawMessage raw) throws HL7Exception {
        String received = raw.mshComponent(12, 1);
        String versionId = received != null && StructureCheck.SUPPORTED_VERSIONS.contains(received) ? received : null;
        Version messageVersion = versionId == null
                ? Version.highestAvailableVersionOrDefault()
                : Version.versionOf(versionId);
        Message message = messageVersion.newGenericMessage(parser.getFactory());
        message.setParser(parser);

        Segment msh = (Segment) message.get("MSH");
        boolean delimitersUsable = raw.encoding() != null;
        Terser.set(msh, 1, 0, 1, 1, delimitersUsable ? String.valueOf(raw.fieldSeparator()) : "|");
        Terser.set(msh, 2, 0, 1, 1, delimitersUsable ? raw.mshField(2) : DEFAULT_ENCODING_CHARACTERS);
        for (int field = 3; field <= 6; field++) {
            Terser.set(msh, field, 0, 1, 1, raw.mshComponent(field, 1));
        }
        Terser.set(msh, 9, 0, 1, 1, raw.mshComponent(9, 1));
        Terser.set(msh, 9, 0, 2, 1, raw.mshComponent(9, 2));
        Terser.set(msh, 10, 0, 1, 1, raw.mshComponent(10, 1));
        Terser.set(msh, 11, 0, 1, 1, raw.mshComponent(11, 1));
        // With an empty MSH-12, HAPI writes its highest available version into the acknowledgement.
        Terser.set(msh, 12, 0, 1, 1, versionId);
        Terser.set(msh, 18, 0, 1, 1, raw.mshComponent(18, 1));
        return message;
    }

    /** Copies MSH-18 so the acknowledgement declares the character set the sender used. */
    private static void copyCharacterSet(Message inbound, Message ack) throws HL7Exception {
        String characterSet = Terser.get((Segment) inbound.get("MSH"), 18, 0, 1, 1);
        if (characterSet != null && !characterSet.isEmpty()) {
            Terser.set((Segment) ack.get("MSH"), 18, 0, 1, 1, characterSet);
        }
    }
}
