package org.claimbridge.claims.model;

import java.time.LocalDate;

/**
 * The holder of the insurance policy.
 *
 * @param memberId the payer's member id (2010BA NM109)
 * @param groupNumber the policy group number (SBR03), or null
 * @param relationshipToPatient X12 individual relationship code of the patient to the subscriber
 *     (18 self, 01 spouse, 19 child, 20 employee, 21 unknown, 39 organ donor, 40 cadaver donor,
 *     53 life partner, G8 other)
 */
public record Subscriber(
        String memberId,
        String groupNumber,
        PersonName name,
        LocalDate birthDate,
        String sex,
        Address address,
        String relationshipToPatient) {

    /** Relationship code meaning the patient is the subscriber. */
    public static final String SELF = "18";

    public boolean isPatient() {
        return SELF.equals(relationshipToPatient);
    }
}
