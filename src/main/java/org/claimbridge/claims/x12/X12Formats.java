package org.claimbridge.claims.x12;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/** Formats values as the X12 data element types of 005010 write them. */
final class X12Formats {

    private static final DateTimeFormatter DATE_CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter DATE_YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter TIME_HHMM = DateTimeFormatter.ofPattern("HHmm");

    private X12Formats() {
    }

    /**
     * Formats a decimal as X12 type R: no trailing zeros after the decimal point and no exponent,
     * so 100.00 becomes 100 and 12.50 becomes 12.5.
     */
    static String decimal(BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }

    /** Formats a date as X12 type DT with 8 digits (CCYYMMDD). */
    static String date(TemporalAccessor value) {
        return value == null ? null : DATE_CCYYMMDD.format(value);
    }

    /** Formats a date as ISA09 does (YYMMDD). */
    static String shortDate(TemporalAccessor value) {
        return DATE_YYMMDD.format(value);
    }

    /** Formats a time as X12 type TM with 4 digits (HHMM). */
    static String time(TemporalAccessor value) {
        return TIME_HHMM.format(value);
    }

    /** Formats a control number with leading zeros to at least {@code digits} digits. */
    static String controlNumber(long value, int digits) {
        return String.format("%0" + digits + "d", value);
    }

    /** Returns an ICD-10-CM code as X12 carries it: without the decimal point, upper case, no spaces. */
    static String diagnosisCode(String code) {
        return code == null ? null : code.replace(".", "").strip().toUpperCase(java.util.Locale.ROOT);
    }
}
