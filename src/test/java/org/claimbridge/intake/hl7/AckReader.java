package org.claimbridge.intake.hl7;

import java.util.ArrayList;
import java.util.List;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.Version;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.util.Terser;

/** Reads an acknowledgement back with HAPI, ERR entries included in both the v2.5+ and the older layout. */
final class AckReader {

    /**
     * One ERR entry.
     *
     * @param segment ERR-2.1 (v2.5+) or ERR-1.1
     * @param sequence ERR-2.2; empty before v2.5, where HAPI leaves ERR-1.2 empty
     * @param field ERR-2.3 or ERR-1.3
     * @param code ERR-3.1 or ERR-1.4.1, HL7 table 0357
     * @param text ERR-3.9 or ERR-1.4.5
     * @param severity ERR-4 (E error, W warning); empty before v2.5, which has no severity
     */
    record Err(String segment, String sequence, String field, String code, String text, String severity) {
    }

    private final Message ack;
    private final Terser terser;

    AckReader(String acknowledgement) throws HL7Exception {
        this.ack = Hl7TestMessages.parseStrict(acknowledgement);
        this.terser = new Terser(ack);
    }

    String get(String path) throws HL7Exception {
        String value = terser.get(path);
        return value == null ? "" : value;
    }

    List<Err> errors() throws HL7Exception {
        List<Err> errors = new ArrayList<>();
        Version version = Version.versionOf(get("/MSH-12"));
        if (version != null && Version.V25.isGreaterThan(version)) {
            Segment err = (Segment) ack.get("ERR");
            int count = err.getField(1).length;
            for (int i = 0; i < count; i++) {
                errors.add(new Err(text(err, 1, i, 1, 1), text(err, 1, i, 2, 1), text(err, 1, i, 3, 1),
                        text(err, 1, i, 4, 1), text(err, 1, i, 4, 5), ""));
            }
            return errors;
        }
        int count = ack.getAll("ERR").length;
        for (int i = 0; i < count; i++) {
            Segment err = (Segment) ack.get("ERR", i);
            errors.add(new Err(text(err, 2, 0, 1, 1), text(err, 2, 0, 2, 1), text(err, 2, 0, 3, 1),
                    text(err, 3, 0, 1, 1), text(err, 3, 0, 9, 1), text(err, 4, 0, 1, 1)));
        }
        return errors;
    }

    private static String text(Segment segment, int field, int repetition, int component, int subcomponent)
            throws HL7Exception {
        String value = Terser.get(segment, field, repetition, component, subcomponent);
        return value == null ? "" : value;
    }
}
