package org.claimbridge.eligibility;

import java.time.LocalDate;

/**
 * The parts of a received 270 that the sandbox needs to build its 271.
 *
 * @param parties ISA and GS sender and receiver of the 270
 * @param reference BHT03, echoed in the 271's BHT03
 * @param payer 2100A NM1
 * @param provider 2100B NM1
 * @param subscriber 2100C NM1 and DMG
 * @param dependent 2100D NM1, DMG and INS02, or null when the subscriber is the patient
 * @param traceNumber TRN02 of the patient loop
 * @param traceOriginator TRN03 of the patient loop
 */
record Inquiry270(
        InterchangeParties parties,
        String reference,
        Name payer,
        Name provider,
        Person subscriber,
        Person dependent,
        String traceNumber,
        String traceOriginator) {

    /** An NM1 segment's entity type (NM102), names (NM103, NM104) and id (NM108, NM109). */
    record Name(String entityType, String lastOrOrganization, String first, String idQualifier, String id) {
    }

    /**
     * A subscriber or dependent.
     *
     * @param birthDate DMG02, or null when the 270 has none or it is not a valid CCYYMMDD date
     * @param relationshipCode INS02, or null
     */
    record Person(Name name, LocalDate birthDate, String relationshipCode) {
    }
}
