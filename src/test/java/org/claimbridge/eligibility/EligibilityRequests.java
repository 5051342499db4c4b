package org.claimbridge.eligibility;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Synthetic inquiries that match rows of sandbox/eligibility-roster.csv, and the parties of the tests. */
final class EligibilityRequests {

    static final InterchangeParties PARTIES =
            new InterchangeParties("ZZ", "CLAIMBRIDGE", "ZZ", "SBXCLEARING", "CLAIMBRIDGE", "SBXCLEARING", "T");
    static final String TRACE_ORIGINATOR = "CLAIMBRDG";
    static final LocalDate DATE_OF_SERVICE = LocalDate.of(2025, 3, 4);
    static final OffsetDateTime CREATED_AT = OffsetDateTime.of(2025, 3, 4, 10, 15, 0, 0, ZoneOffset.UTC);

    private EligibilityRequests() {
    }

    /** Returns an inquiry for a subscriber of payer SBX01, from an organization provider. */
    static EligibilityRequest subscriber(String memberId, String last, String first, LocalDate birthDate) {
        return new EligibilityRequest("SBX01", "SANDBOX PAYER", "1234567893", "SANDBOX FAMILY PRACTICE", null,
                memberId, last, first, birthDate, null, DATE_OF_SERVICE, null);
    }

    /** Returns the inquiry for roster member SBX1000001, who is active. */
    static EligibilityRequest activeSubscriber() {
        return subscriber("SBX1000001", "SANDBOX", "ALICE", LocalDate.of(1980, 1, 15));
    }

    /** Returns an inquiry for a dependent of roster member SBX1000006. */
    static EligibilityRequest dependent(String first, LocalDate birthDate) {
        return new EligibilityRequest("SBX01", "SANDBOX PAYER", "1234567893", "WELBY", "MARCUS", "SBX1000006",
                "SAMPLEFAM", "FRANK", LocalDate.of(1979, 3, 12),
                new EligibilityRequest.Dependent("SAMPLEFAM", first, birthDate, "19"), DATE_OF_SERVICE, null);
    }
}
