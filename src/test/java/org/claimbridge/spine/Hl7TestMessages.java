package org.claimbridge.spine;

import java.util.Map;
import java.util.TreeMap;

/** Builds synthetic HL7 v2 messages for the end-to-end tests. All data is made up. */
final class Hl7TestMessages {

    private Hl7TestMessages() {
    }

    /**
     * Returns a clean v2.5.1 DFT^P03 for a self-insured patient with one office visit charge.
     *
     * @param controlId MSH-10
     * @param visitNumber PV1-19, which becomes CLM01
     */
    static String cleanDftP03(String controlId, String visitNumber) {
        return String.join("\r",
                "MSH|^~\\&|SBXEHR|SBXCLINIC|CLAIMBRIDGE|CLAIMBRIDGE|20261201093000||DFT^P03^DFT_P03|" + controlId
                        + "|P|2.5.1|||AL|NE||UNICODE UTF-8",
                "EVN|P03|20261201093000",
                segment("PID", Map.of(1, "1", 3, "MRN10001^^^SBXCLINIC^MR", 5, "DOE^JANE^Q", 7, "19800115",
                        8, "F", 11, "123 ELM ST^^SPRINGFIELD^IL^62701", 13, "5555550123")),
                segment("PV1", Map.of(1, "1", 2, "O", 7, "1234567893^SMITH^JOHN^^^^^^^^^^NPI", 19, visitNumber,
                        44, "20261201")),
                segment("FT1", Map.of(1, "1", 4, "20261201", 5, "20261201", 6, "CG", 7, "99213^OFFICE VISIT^CPT",
                        10, "1", 11, "125.00", 19, "I10^ESSENTIAL HYPERTENSION^I10",
                        20, "1234567893^SMITH^JOHN^^^^^^^^^^NPI", 25, "99213^OFFICE VISIT^CPT")),
                segment("DG1", Map.of(1, "1", 3, "I10^ESSENTIAL HYPERTENSION^I10", 6, "F")),
                segment("IN1", Map.of(1, "1", 2, "SBXPPO^SANDBOX PPO", 3, "SBX01", 4, "SANDBOX HEALTH PLAN",
                        8, "GRP100", 16, "DOE^JANE^Q", 17, "SEL", 18, "19800115",
                        19, "123 ELM ST^^SPRINGFIELD^IL^62701", 36, "W123456789")),
                "");
    }

    /** Returns {@code message} with the field at {@code segmentName}-{@code field} replaced. */
    static String withField(String message, String segmentName, int field, String value) {
        StringBuilder out = new StringBuilder();
        for (String segment : message.split("\r")) {
            if (segment.startsWith(segmentName + "|")) {
                String[] fields = segment.split("\\|", -1);
                String[] widened = java.util.Arrays.copyOf(fields, Math.max(fields.length, field + 1));
                for (int i = 0; i < widened.length; i++) {
                    widened[i] = widened[i] == null ? "" : widened[i];
                }
                widened[field] = value;
                segment = String.join("|", widened);
            }
            out.append(segment).append('\r');
        }
        return out.toString();
    }

    private static String segment(String name, Map<Integer, String> fields) {
        TreeMap<Integer, String> sorted = new TreeMap<>(fields);
        StringBuilder segment = new StringBuilder(name);
        for (int position = 1; position <= sorted.lastKey(); position++) {
            segment.append('|').append(sorted.getOrDefault(position, ""));
        }
        return segment.toString();
    }
}
