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

    /**
     * A patient who is the subscriber of a coverage, as the sandbox roster lists members.
     *
     * @param birthDate CCYYMMDD
     */
    record Member(String payerId, String memberId, String lastName, String firstName, String birthDate) {
    }

    /** An active roster member. */
    static final Member ACTIVE_MEMBER = new Member("SBX01", "SBX1000001", "SANDBOX", "ALICE", "19800115");
    /** An inactive roster member. */
    static final Member INACTIVE_MEMBER = new Member("SBX01", "SBX1000004", "FICTIVE", "DANIEL", "19600607");

    /** Returns a v2.5.1 ADT^A04 registering the member as a self-insured patient, with an IN1. */
    static String adtA04(String controlId, Member member) {
        return String.join("\r",
                "MSH|^~\\&|SBXFRONTDESK|SBXCLINIC|CLAIMBRIDGE|CLAIMBRIDGE|20261201090000||ADT^A04^ADT_A01|"
                        + controlId + "|P|2.5.1",
                "EVN|A04|20261201090000",
                patient(member),
                "PV1|1|O",
                insurance(member),
                "");
    }

    /** Returns a v2.5.1 SIU^S12 booking the member for {@code start} (CCYYMMDD) at 09:30, with an IN1. */
    static String siuS12(String controlId, Member member, String start) {
        return String.join("\r",
                "MSH|^~\\&|SBXSCHED|SBXCLINIC|CLAIMBRIDGE|CLAIMBRIDGE|20261201090000||SIU^S12^SIU_S12|" + controlId
                        + "|P|2.5.1",
                segment("SCH", Map.of(1, "APT" + controlId, 11, "^^30^" + start + "0930", 25, "Booked")),
                "TQ1|1||||||" + start + "0930",
                patient(member),
                insurance(member),
                "RGS|1|A",
                "");
    }

    /** Returns {@link #cleanDftP03} for the member, with the service on {@code serviceDate} (CCYYMMDD). */
    static String dftP03For(String controlId, String visitNumber, Member member, String serviceDate) {
        String message = cleanDftP03(controlId, visitNumber);
        message = withField(message, "PID", 5, member.lastName() + "^" + member.firstName());
        message = withField(message, "PID", 7, member.birthDate());
        message = withField(message, "IN1", 3, member.payerId());
        message = withField(message, "IN1", 16, member.lastName() + "^" + member.firstName());
        message = withField(message, "IN1", 18, member.birthDate());
        message = withField(message, "IN1", 36, member.memberId());
        message = withField(message, "FT1", 4, serviceDate);
        return withField(message, "FT1", 5, serviceDate);
    }

    private static String patient(Member member) {
        return segment("PID", Map.of(1, "1", 3, "MRN" + member.memberId() + "^^^SBXCLINIC^MR",
                5, member.lastName() + "^" + member.firstName(), 7, member.birthDate(), 8, "U",
                11, "100 MAIN ST^^SPRINGFIELD^IL^62701", 13, "^PRN^PH^^^555^5550123"));
    }

    private static String insurance(Member member) {
        return segment("IN1", Map.of(1, "1", 3, member.payerId(), 4, "SANDBOX HEALTH PLAN", 17, "SEL",
                36, member.memberId()));
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
