package org.claimbridge.intake.hl7;

import java.util.List;

/** The message types the interface accepts, by MSH-9 type and trigger event. */
enum MessageKind {
    /** DFT^P03, post detail financial transaction: a claim. */
    CLAIM("DFT", List.of("P03"), "P03 (post detail financial transaction)"),
    /** ADT^A04 register, A08 update, A28 add person and A31 update person information. */
    REGISTRATION("ADT", List.of("A04", "A08", "A28", "A31"),
            "A04 (register a patient), A08 (update patient information), A28 (add person information) or A31"
                    + " (update person information)"),
    /** SIU^S12 new, S13 rescheduled, S14 modified and S15 cancelled appointment. */
    APPOINTMENT("SIU", List.of("S12", "S13", "S14", "S15"),
            "S12 (new appointment), S13 (rescheduled), S14 (modified) or S15 (cancelled)");

    /** The accepted types as the acknowledgement text lists them. */
    static final String ACCEPTED_TYPES = "DFT^P03, ADT^A04, A08, A28, A31 or SIU^S12 to S15";

    private final String type;
    private final List<String> events;
    private final String eventText;

    MessageKind(String type, List<String> events, String eventText) {
        this.type = type;
        this.events = events;
        this.eventText = eventText;
    }

    /** Returns the kind of an MSH-9.1 message type, or null when the type is not accepted. */
    static MessageKind ofType(String type) {
        for (MessageKind kind : values()) {
            if (kind.type.equals(type)) {
                return kind;
            }
        }
        return null;
    }

    String type() {
        return type;
    }

    boolean accepts(String event) {
        return events.contains(event);
    }

    /** Returns the accepted trigger events with their meaning, for acknowledgement texts. */
    String eventText() {
        return eventText;
    }
}
