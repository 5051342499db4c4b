package org.claimbridge.intake.hl7;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.util.Terser;

/**
 * Reads values from parsed segments by position with HAPI's {@link Terser}, so that every HL7 version and
 * generic segments are read the same way. Values are unescaped by HAPI, trimmed, and null when empty.
 */
final class Fields {

    private static final int DATE_LENGTH = 8;

    private Fields() {
    }

    /** Returns the first subcomponent of a component of the first repetition. */
    static String value(Segment segment, int field, int component) {
        return value(segment, field, 0, component, 1);
    }

    static String value(Segment segment, int field, int repetition, int component, int subcomponent) {
        if (segment == null) {
            return null;
        }
        try {
            String value = Terser.get(segment, field, repetition, component, subcomponent);
            if (value == null) {
                return null;
            }
            String trimmed = value.trim();
            return trimmed.isEmpty() ? null : trimmed;
        } catch (HL7Exception e) {
            // Terser fails for a field position below 1 or a repetition past the next one; callers pass neither.
            throw new IllegalStateException("Reading " + segment.getName() + "-" + field + " failed", e);
        }
    }

    /** Returns a code upper-cased, since code systems and X12 use upper-case codes. */
    static String code(Segment segment, int field, int repetition, int component) {
        String value = value(segment, field, repetition, component, 1);
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    /** Returns the number of repetitions of a field in the segment. */
    static int repetitions(Segment segment, int field) {
        if (segment == null) {
            return 0;
        }
        try {
            return segment.getField(field).length;
        } catch (HL7Exception e) {
            throw new IllegalStateException("Reading " + segment.getName() + "-" + field + " failed", e);
        }
    }

    /**
     * Returns the date of an HL7 DT, TS or DTM value (its first 8 characters, YYYYMMDD), or null when the value
     * has no full calendar date.
     */
    static LocalDate date(String value) {
        if (value == null || value.length() < DATE_LENGTH) {
            return null;
        }
        for (int i = 0; i < DATE_LENGTH; i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return null;
            }
        }
        int year = Integer.parseInt(value, 0, 4, 10);
        int month = Integer.parseInt(value, 4, 6, 10);
        int day = Integer.parseInt(value, 6, 8, 10);
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Returns an HL7 NM value as a decimal, or null when it is not a number. */
    static BigDecimal decimal(String value) {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
