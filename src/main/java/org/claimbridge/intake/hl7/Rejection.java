package org.claimbridge.intake.hl7;

import ca.uhn.hl7v2.ErrorCode;
import ca.uhn.hl7v2.Location;

/**
 * The reason for rejecting a message with AR before any claim is read.
 *
 * @param errorCode HL7 table 0357 code for ERR-3 (ERR-1.4 before v2.5)
 * @param location the segment and field that failed, or null when no segment can be named
 * @param text what failed and how to fix it, without message content other than codes
 */
record Rejection(ErrorCode errorCode, Location location, String text) {

    static Rejection at(ErrorCode errorCode, String segment, int field, int component, String text) {
        Location location = new Location().withSegmentName(segment).withSegmentRepetition(1);
        if (field > 0) {
            location = location.withField(field);
        }
        if (component > 0) {
            location = location.withComponent(component);
        }
        return new Rejection(errorCode, location, text);
    }

    AckError toError() {
        AckError error = new AckError(text, errorCode);
        if (location != null) {
            error.setLocation(location);
        }
        return error;
    }
}
