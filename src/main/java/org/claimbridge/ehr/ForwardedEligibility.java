package org.claimbridge.ehr;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The eligibility result forwarded to the EHR in the ZEL segment (see docs/EHR-FORWARDING.md).
 *
 * @param status ACTIVE, INACTIVE, REJECTED, UNKNOWN_MEMBER, ERROR, or NOT_CHECKED when the message needed no check
 * @param flagged whether the coverage is flagged (inactive, unknown member or AAA rejection)
 * @param payerId the payer checked, or null when not checked
 * @param dateOfService the date the coverage was checked for, or null
 * @param reasons AAA segments as loop:reason:follow-up joined by commas, or a failure code for ERROR, or the
 *     reason of NOT_CHECKED (NO_COVERAGE, CANCELLATION); null otherwise
 * @param interchangeControl ISA13 of the 270, or null
 * @param responseControl ST02 of the 271, or null
 * @param checkedAt when the result was recorded, or null when not checked
 */
public record ForwardedEligibility(
        String status,
        boolean flagged,
        String payerId,
        LocalDate dateOfService,
        LocalDate planBegin,
        LocalDate planEnd,
        BigDecimal copay,
        BigDecimal deductible,
        String reasons,
        Long interchangeControl,
        String responseControl,
        OffsetDateTime checkedAt) {

    /** ZEL-2 of a message that needed no eligibility check. */
    public static final String NOT_CHECKED = "NOT_CHECKED";
    /** Reason of a registration or appointment without an IN1. */
    public static final String NO_COVERAGE = "NO_COVERAGE";
    /** Reason of a cancelled appointment (SIU^S15). */
    public static final String CANCELLATION = "CANCELLATION";

    public ForwardedEligibility {
        Objects.requireNonNull(status, "status");
    }

    /** Returns the ZEL content of a message that was not checked, with the reason. */
    public static ForwardedEligibility notChecked(String reason) {
        return new ForwardedEligibility(NOT_CHECKED, false, null, null, null, null, null, null, reason, null, null,
                null);
    }
}
