package org.claimbridge.ehr;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.claimbridge.store.StoredWarning;

/**
 * Builds the message forwarded to the EHR: the received message unchanged (MSH-10 included, so the EHR's
 * acknowledgement carries it in MSA-2), segments separated by carriage returns, with a ZEL segment appended that
 * carries the eligibility result and the demographic warnings. Every ZEL value is a code, a date, an amount or a
 * control number, so no value needs HL7 escaping.
 */
final class ForwardMessage {

    /** Segment id of the eligibility segment. */
    static final String ZEL = "ZEL";

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssZ");

    private ForwardMessage() {
    }

    /**
     * Returns the message with the ZEL segment appended.
     *
     * @throws IllegalArgumentException when the stored text does not start with an MSH segment
     */
    static String withEligibility(String received, ForwardedEligibility eligibility, List<StoredWarning> warnings) {
        List<String> segments = segments(received);
        if (segments.isEmpty() || !segments.get(0).startsWith("MSH") || segments.get(0).length() < 8) {
            throw new IllegalArgumentException("The stored message does not start with an MSH segment");
        }
        String msh = segments.get(0);
        char field = msh.charAt(3);
        char component = msh.charAt(4);
        char repetition = msh.charAt(5);
        segments.add(zel(eligibility, warnings, field, component, repetition));
        return String.join("\r", segments) + "\r";
    }

    /** Returns MSH-10 of a message, or null when the message has no MSH-10. */
    static String controlId(String message) {
        List<String> segments = segments(message);
        if (segments.isEmpty() || !segments.get(0).startsWith("MSH") || segments.get(0).length() < 4) {
            return null;
        }
        String msh = segments.get(0);
        String[] fields = msh.split(java.util.regex.Pattern.quote(String.valueOf(msh.charAt(3))), -1);
        // fields[0] is "MSH" and fields[1] MSH-2, because MSH-1 is the separator itself: MSH-n is fields[n - 1].
        if (fields.length < 10 || fields[9].isEmpty()) {
            return null;
        }
        int component = fields[9].indexOf(fields[1].isEmpty() ? '^' : fields[1].charAt(0));
        return component < 0 ? fields[9] : fields[9].substring(0, component);
    }

    private static String zel(ForwardedEligibility e, List<StoredWarning> warnings, char field, char component,
            char repetition) {
        List<String> values = new ArrayList<>();
        values.add(ZEL);
        values.add("1");
        values.add(e.status());
        values.add(e.flagged() ? "Y" : "N");
        values.add(text(e.payerId()));
        values.add(date(e.dateOfService()));
        values.add(date(e.planBegin()));
        values.add(date(e.planEnd()));
        values.add(amount(e.copay()));
        values.add(amount(e.deductible()));
        values.add(reasons(e.reasons(), component, repetition));
        values.add(e.interchangeControl() == null ? "" : String.format("%09d", e.interchangeControl()));
        values.add(text(e.responseControl()));
        values.add(e.checkedAt() == null ? "" : TIMESTAMP.format(e.checkedAt().withOffsetSameInstant(ZoneOffset.UTC)));
        values.add(warnings(warnings, component, repetition));
        return String.join(String.valueOf(field), values);
    }

    /** Returns ZEL-10: one repetition per reason, each loop:reason:follow-up split into components. */
    private static String reasons(String reasons, char component, char repetition) {
        if (reasons == null || reasons.isEmpty()) {
            return "";
        }
        List<String> repetitions = new ArrayList<>();
        for (String reason : reasons.split(",")) {
            String[] parts = reason.split(":", -1);
            // A reason is loop:code:follow-up for AAA segments; the ZEL order is code, follow-up, loop.
            repetitions.add(parts.length == 3
                    ? safe(parts[1]) + component + safe(parts[2]) + component + safe(parts[0])
                    : safe(reason));
        }
        return String.join(String.valueOf(repetition), repetitions);
    }

    /** Returns ZEL-14: one repetition per warning, code and field location as components. */
    private static String warnings(List<StoredWarning> warnings, char component, char repetition) {
        List<String> repetitions = new ArrayList<>();
        for (StoredWarning warning : warnings) {
            repetitions.add(safe(warning.code()) + component + safe(warning.location()));
        }
        return String.join(String.valueOf(repetition), repetitions);
    }

    private static String text(String value) {
        return value == null ? "" : safe(value);
    }

    /** Keeps letters, digits, '.', '-', '_', '(' and ')': codes, ids and field locations such as PID-11.4. */
    private static String safe(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isLetterOrDigit(c) && c < 128 || ".-_()".indexOf(c) >= 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** Writes an amount in dollars with two decimals, as the database stores it. */
    private static String amount(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * Splits on CR, LF or CRLF, drops a leading byte order mark, leading whitespace and blank lines, as the intake
     * does before it parses a message.
     */
    private static List<String> segments(String text) {
        String body = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        List<String> segments = new ArrayList<>();
        for (String line : body.split("\r\n|\r|\n")) {
            String segment = line.stripLeading();
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return segments;
    }
}
