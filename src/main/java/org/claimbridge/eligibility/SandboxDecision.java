package org.claimbridge.eligibility;

import java.util.List;
import java.util.Objects;

/**
 * The sandbox's decision for one 270: the roster row of the subscriber and of the dependent, or the AAA03 reason
 * why there is none.
 *
 * @param subscriber the subscriber's roster row, or null when {@code subscriberReason} is set
 * @param subscriberReason AAA03 for loop 2100C: 75 not found, 73 name mismatch, 71 birth date mismatch, 58
 *     birth date missing; null when found
 * @param dependent the dependent's roster row, or null when the inquiry has no dependent or it was not found
 * @param dependentReason AAA03 for loop 2100D: 67 not found, 71 birth date mismatch, 58 birth date missing
 */
record SandboxDecision(RosterMember subscriber, String subscriberReason, RosterMember dependent,
        String dependentReason) {

    static final String SUBSCRIBER_NOT_FOUND = "75";
    static final String SUBSCRIBER_NAME_INVALID = "73";
    static final String BIRTH_DATE_MISMATCH = "71";
    static final String BIRTH_DATE_MISSING = "58";
    static final String PATIENT_NOT_FOUND = "67";

    /** Looks the subscriber and, when the inquiry has one, the dependent up in the roster. */
    static SandboxDecision decide(Inquiry270 inquiry, EligibilityRoster roster) {
        List<RosterMember> family = roster.family(inquiry.payer().id(), inquiry.subscriber().name().id());
        if (family.isEmpty()) {
            return new SandboxDecision(null, SUBSCRIBER_NOT_FOUND, null, null);
        }
        Inquiry270.Person person = inquiry.subscriber();
        RosterMember subscriber = family.stream()
                .filter(member -> member.hasName(person.name().lastOrOrganization(), person.name().first()))
                .findFirst().orElse(null);
        if (subscriber == null) {
            return new SandboxDecision(null, SUBSCRIBER_NAME_INVALID, null, null);
        }
        String birthDateReason = birthDateReason(subscriber, person);
        if (birthDateReason != null) {
            return new SandboxDecision(null, birthDateReason, null, null);
        }
        if (inquiry.dependent() == null) {
            return new SandboxDecision(subscriber, null, null, null);
        }
        return withDependent(subscriber, family, inquiry.dependent());
    }

    private static SandboxDecision withDependent(RosterMember subscriber, List<RosterMember> family,
            Inquiry270.Person person) {
        RosterMember dependent = family.stream()
                .filter(member -> member != subscriber)
                .filter(member -> member.hasName(person.name().lastOrOrganization(), person.name().first()))
                .findFirst().orElse(null);
        if (dependent == null) {
            return new SandboxDecision(subscriber, null, null, PATIENT_NOT_FOUND);
        }
        String birthDateReason = birthDateReason(dependent, person);
        return birthDateReason == null
                ? new SandboxDecision(subscriber, null, dependent, null)
                : new SandboxDecision(subscriber, null, null, birthDateReason);
    }

    private static String birthDateReason(RosterMember member, Inquiry270.Person person) {
        if (person.birthDate() == null) {
            return BIRTH_DATE_MISSING;
        }
        return Objects.equals(member.birthDate(), person.birthDate()) ? null : BIRTH_DATE_MISMATCH;
    }
}
