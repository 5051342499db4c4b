package org.claimbridge.eligibility;

import java.time.LocalDate;

/**
 * One row of the sandbox eligibility roster.
 *
 * @param planEnd last day of coverage, or null when the plan has no end date
 */
record RosterMember(
        String payerId,
        String memberId,
        String lastName,
        String firstName,
        LocalDate birthDate,
        boolean active,
        LocalDate planStart,
        LocalDate planEnd) {

    /** Returns whether the names match, ignoring case and surrounding spaces. */
    boolean hasName(String last, String first) {
        return lastName.equalsIgnoreCase(strip(last)) && firstName.equalsIgnoreCase(strip(first));
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
