package org.claimbridge.ehr;

import java.util.regex.Pattern;

/**
 * MSA-1 (acknowledgement code) and MSA-2 (control id of the acknowledged message) of an acknowledgement, read by
 * hand so that any version and any delimiters are understood. MSA-3 and ERR are not read: their text may quote
 * message content, which the gateway does not store or log.
 *
 * @param code MSA-1, for example AA, or null when the text has no MSA segment
 */
record MllpAcknowledgement(String code, String acknowledgedControlId) {

    /** Reads the first MSA segment; fields missing from the text are null. */
    static MllpAcknowledgement read(String message) {
        String[] segments = message.split("\r\n|\r|\n");
        char separator = segments.length > 0 && segments[0].startsWith("MSH") && segments[0].length() > 3
                ? segments[0].charAt(3) : '|';
        char component = segments.length > 0 && segments[0].length() > 4 ? segments[0].charAt(4) : '^';
        for (String segment : segments) {
            if (segment.startsWith("MSA" + separator)) {
                String[] fields = segment.split(Pattern.quote(String.valueOf(separator)), -1);
                return new MllpAcknowledgement(first(fields, 1, component), first(fields, 2, component));
            }
        }
        return new MllpAcknowledgement(null, null);
    }

    /** Returns whether the EHR accepted the message: AA or CA (enhanced mode commit accept). */
    boolean accepted() {
        return "AA".equals(code) || "CA".equals(code);
    }

    /** Returns whether the EHR found an error in the message itself (AE or CE), so a resend cannot help. */
    boolean contentError() {
        return "AE".equals(code) || "CE".equals(code);
    }

    private static String first(String[] fields, int position, char component) {
        if (position >= fields.length || fields[position].isEmpty()) {
            return null;
        }
        String value = fields[position];
        int end = value.indexOf(component);
        return end < 0 ? value : value.substring(0, end);
    }
}
