package org.claimbridge.intake.hl7;

import java.util.List;
import java.util.Set;

import ca.uhn.hl7v2.ErrorCode;
import ca.uhn.hl7v2.Location;

import org.claimbridge.claims.validation.ViolationText;

/**
 * Checks the raw text before parsing: one message starting with MSH, well-formed segment ids, usable
 * delimiters, a control id, a supported version and an accepted type and trigger event (see {@link MessageKind}).
 * HAPI would parse some of these
 * messages into something unexpected, or fail with an error that quotes the message, so they are caught first.
 */
final class StructureCheck {

    static final Set<String> SUPPORTED_VERSIONS =
            Set.of("2.3", "2.3.1", "2.4", "2.5", "2.5.1", "2.6", "2.7", "2.7.1", "2.8");
    private static final String SUPPORTED_VERSION_LIST = "2.3, 2.3.1, 2.4, 2.5, 2.5.1, 2.6, 2.7, 2.7.1 or 2.8";
    private static final Set<String> BATCH_SEGMENTS = Set.of("FHS", "BHS", "BTS", "FTS");

    private StructureCheck() {
    }

    /** Returns the first reason to reject the message, or null when it may be parsed. */
    static Rejection check(RawMessage raw) {
        Rejection rejection = checkSegments(raw);
        if (rejection == null) {
            rejection = checkDelimiters(raw);
        }
        if (rejection == null) {
            rejection = checkHeader(raw);
        }
        return rejection;
    }

    private static Rejection checkSegments(RawMessage raw) {
        List<String> segments = raw.segments();
        if (segments.isEmpty()) {
            return Rejection.at(ErrorCode.SEGMENT_SEQUENCE_ERROR, "MSH", 0, 0,
                    "The message is empty; send one HL7 v2 message that starts with MSH");
        }
        int mshCount = 0;
        for (int i = 0; i < segments.size(); i++) {
            String id = segmentId(segments.get(i), raw.fieldSeparator());
            if (id == null) {
                return new Rejection(ErrorCode.SEGMENT_SEQUENCE_ERROR, null, "Segment " + (i + 1)
                        + " does not start with a three-character segment id followed by the field separator;"
                        + " send one segment per line");
            }
            if (BATCH_SEGMENTS.contains(id)) {
                return Rejection.at(ErrorCode.SEGMENT_SEQUENCE_ERROR, id, 0, 0, id
                        + " is an HL7 batch segment and batches are not accepted; send each message on its own,"
                        + " starting with MSH");
            }
            if (i == 0 && !"MSH".equals(id)) {
                return Rejection.at(ErrorCode.SEGMENT_SEQUENCE_ERROR, id, 0, 0,
                        "The message starts with " + id + "; send a message that starts with MSH");
            }
            if ("MSH".equals(id) && ++mshCount == 2) {
                return new Rejection(ErrorCode.SEGMENT_SEQUENCE_ERROR,
                        new Location().withSegmentName("MSH").withSegmentRepetition(2),
                        "The text contains more than one message (a second MSH at segment " + (i + 1)
                                + "); send one message at a time");
            }
        }
        return null;
    }

    private static Rejection checkDelimiters(RawMessage raw) {
        if (raw.encoding() == null) {
            return Rejection.at(ErrorCode.DATA_TYPE_ERROR, "MSH", 2, 0,
                    "MSH-1 and MSH-2 (encoding characters) must be a field separator and 4 or 5 distinct"
                            + " delimiters that are not letters or digits, such as |^~\\&");
        }
        return null;
    }

    private static Rejection checkHeader(RawMessage raw) {
        if (raw.mshComponent(10, 1) == null) {
            return Rejection.at(ErrorCode.REQUIRED_FIELD_MISSING, "MSH", 10, 0,
                    "MSH-10 (message control id) is required; send a unique id for each message");
        }
        String version = raw.mshComponent(12, 1);
        if (version == null) {
            return Rejection.at(ErrorCode.REQUIRED_FIELD_MISSING, "MSH", 12, 0,
                    "MSH-12 (version id) is required; send " + SUPPORTED_VERSION_LIST);
        }
        if (!SUPPORTED_VERSIONS.contains(version)) {
            return Rejection.at(ErrorCode.UNSUPPORTED_VERSION_ID, "MSH", 12, 0,
                    "MSH-12 (version id) must be " + SUPPORTED_VERSION_LIST + ViolationText.received(version));
        }
        return checkMessageType(raw);
    }

    private static Rejection checkMessageType(RawMessage raw) {
        String type = raw.mshComponent(9, 1);
        if (type == null) {
            return Rejection.at(ErrorCode.REQUIRED_FIELD_MISSING, "MSH", 9, 1,
                    "MSH-9 (message type) is required; send " + MessageKind.ACCEPTED_TYPES);
        }
        MessageKind kind = MessageKind.ofType(type);
        if (kind == null) {
            return Rejection.at(ErrorCode.UNSUPPORTED_MESSAGE_TYPE, "MSH", 9, 1,
                    "MSH-9 (message type) must be " + MessageKind.ACCEPTED_TYPES
                            + ", the messages this interface accepts" + ViolationText.received(type));
        }
        String event = raw.mshComponent(9, 2);
        if (event == null) {
            return Rejection.at(ErrorCode.REQUIRED_FIELD_MISSING, "MSH", 9, 2,
                    "MSH-9.2 (trigger event) is required; after " + type + "^ send " + kind.eventText());
        }
        if (!kind.accepts(event)) {
            return Rejection.at(ErrorCode.UNSUPPORTED_EVENT_CODE, "MSH", 9, 2,
                    "MSH-9.2 (trigger event) must be " + kind.eventText() + ViolationText.received(event));
        }
        return null;
    }

    /** Returns the segment id: three upper-case letters or digits ending the segment or followed by the separator. */
    private static String segmentId(String segment, char fieldSeparator) {
        if (segment.length() < 3 || (segment.length() > 3 && segment.charAt(3) != fieldSeparator)) {
            return null;
        }
        for (int i = 0; i < 3; i++) {
            char c = segment.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return null;
            }
        }
        return segment.substring(0, 3);
    }
}
