package org.claimbridge.intake.hl7;

import java.util.Set;

import org.claimbridge.claims.validation.FieldLocation;

/**
 * Builds HL7 field locations and their display: {@code PID-5.1} for a segment that occurs once,
 * {@code FT1(2)-7} for a repeating segment, which always shows its occurrence.
 */
final class Hl7Locations {

    private static final Set<String> REPEATING_SEGMENTS = Set.of("FT1", "DG1");

    private Hl7Locations() {
    }

    /** Returns the location of a field (component 0 for the whole field) in the first or only segment. */
    static FieldLocation field(String segment, int field, int component) {
        return field(segment, 1, field, component);
    }

    static FieldLocation field(String segment, int occurrence, int field, int component) {
        StringBuilder display = new StringBuilder(segment);
        if (REPEATING_SEGMENTS.contains(segment) && occurrence > 0) {
            display.append('(').append(occurrence).append(')');
        }
        if (field > 0) {
            display.append('-').append(field);
        }
        if (component > 0) {
            display.append('.').append(component);
        }
        return new FieldLocation(display.toString(), segment, occurrence, field, component);
    }

    /** Returns the location of a whole segment, or of all its occurrences when occurrence is 0. */
    static FieldLocation segment(String segment, int occurrence) {
        return field(segment, occurrence, 0, 0);
    }
}
