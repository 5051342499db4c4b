package org.claimbridge.eligibility;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One real-time eligibility inquiry (X12 270, 005010X279A1) for a subscriber, or for a dependent on the
 * subscriber's plan. Validation messages never contain names, birth dates or member ids, because those are PHI.
 *
 * @param payerId payer identifier, 2100A NM109 with qualifier PI, 2 to 80 characters
 * @param payerName payer name, 2100A NM103
 * @param providerNpi 10-digit NPI of the information receiver, 2100B NM109 with qualifier XX
 * @param providerName organization name, or the last name of a provider who is a person, 2100B NM103
 * @param providerFirstName first name of a provider who is a person (2100B NM102 1), or null for an
 *     organization (NM102 2)
 * @param memberId subscriber's member id, 2100C NM109 with qualifier MI, 2 to 80 characters
 * @param subscriberLastName 2100C NM103
 * @param subscriberFirstName 2100C NM104
 * @param subscriberBirthDate 2100C DMG02
 * @param dependent the patient when it is not the subscriber, written as loop 2000D, or null
 * @param dateOfService DTP*291 of the patient loop
 * @param serviceTypeCode EQ01 service type code, 1 or 2 letters or digits; null means 30 (health benefit
 *     plan coverage)
 */
public record EligibilityRequest(
        String payerId,
        String payerName,
        String providerNpi,
        String providerName,
        String providerFirstName,
        String memberId,
        String subscriberLastName,
        String subscriberFirstName,
        LocalDate subscriberBirthDate,
        Dependent dependent,
        LocalDate dateOfService,
        String serviceTypeCode) {

    /** EQ01 code 30, health benefit plan coverage. */
    public static final String HEALTH_BENEFIT_PLAN_COVERAGE = "30";

    private static final Pattern NPI = Pattern.compile("\\d{10}");
    private static final Pattern SERVICE_TYPE = Pattern.compile("[A-Z0-9]{1,2}");

    /**
     * A dependent of the subscriber who is the patient.
     *
     * @param lastName 2100D NM103
     * @param firstName 2100D NM104
     * @param birthDate 2100D DMG02
     * @param relationshipCode individual relationship code for 2100D INS02 (01 spouse, 19 child, 34 other
     *     adult), or null to leave out the INS segment
     */
    public record Dependent(String lastName, String firstName, LocalDate birthDate, String relationshipCode) {

        private static final Pattern RELATIONSHIP = Pattern.compile("01|19|34");

        public Dependent {
            requireText("dependent.lastName", lastName, 60);
            requireText("dependent.firstName", firstName, 35);
            Objects.requireNonNull(birthDate, "dependent.birthDate is required (2100D DMG02)");
            if (relationshipCode != null && !RELATIONSHIP.matcher(relationshipCode).matches()) {
                throw new IllegalArgumentException("dependent.relationshipCode must be 01 (spouse), 19 (child)"
                        + " or 34 (other adult) for 2100D INS02, or null to leave INS out");
            }
        }
    }

    public EligibilityRequest {
        requireText("payerId", payerId, 80);
        if (payerId.strip().length() < 2) {
            throw new IllegalArgumentException("payerId '" + payerId + "' must have 2 to 80 characters (2100A NM109)");
        }
        requireText("payerName", payerName, 60);
        if (providerNpi == null || !NPI.matcher(providerNpi).matches()) {
            throw new IllegalArgumentException("providerNpi '" + providerNpi + "' must be 10 digits (2100B NM109"
                    + " with qualifier XX)");
        }
        requireText("providerName", providerName, 60);
        if (providerFirstName != null) {
            requireText("providerFirstName", providerFirstName, 35);
        }
        requireText("memberId", memberId, 80);
        if (memberId.strip().length() < 2) {
            throw new IllegalArgumentException("memberId must have 2 to 80 characters (2100C NM109)");
        }
        requireText("subscriberLastName", subscriberLastName, 60);
        requireText("subscriberFirstName", subscriberFirstName, 35);
        Objects.requireNonNull(subscriberBirthDate, "subscriberBirthDate is required (2100C DMG02)");
        Objects.requireNonNull(dateOfService, "dateOfService is required (DTP*291)");
        serviceTypeCode = serviceTypeCode == null ? HEALTH_BENEFIT_PLAN_COVERAGE : serviceTypeCode;
        if (!SERVICE_TYPE.matcher(serviceTypeCode).matches()) {
            throw new IllegalArgumentException("serviceTypeCode '" + serviceTypeCode + "' must be an X12 service"
                    + " type code of 1 or 2 upper-case letters or digits, for example 30");
        }
    }

    /** Returns whether the patient is a dependent, so that the 270 carries loop 2000D. */
    public boolean hasDependent() {
        return dependent != null;
    }

    private static void requireText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        if (value.strip().length() > maxLength) {
            throw new IllegalArgumentException(field + " has more than " + maxLength + " characters, the X12"
                    + " maximum for its element; shorten it");
        }
    }
}
