package org.claimbridge.eligibility.checks;

import java.time.LocalDate;

/**
 * A check whose coverage was flagged.
 *
 * @param status INACTIVE, UNKNOWN_MEMBER or REJECTED
 * @param reasons the AAA segments as loop:reason:follow-up, for example {@code 2100C:75:C}, or null
 * @param interchangeControl ISA13 of the 270, or null when the result came from the cache
 */
public record FlaggedCheck(long id, long messageId, String status, LocalDate dateOfService, String reasons,
        Long interchangeControl) {

    /** Returns the hold reason a claim gets, for example "eligibility INACTIVE on 2026-12-15 (270 ISA13 42)". */
    public String holdReason() {
        StringBuilder reason = new StringBuilder("eligibility ").append(status).append(" on ").append(dateOfService);
        if (reasons != null) {
            reason.append(", AAA ").append(reasons);
        }
        reason.append(" (eligibility check ").append(id);
        if (interchangeControl != null) {
            reason.append(", 270 ISA13 ").append(interchangeControl);
        }
        return reason.append(')').toString();
    }
}
