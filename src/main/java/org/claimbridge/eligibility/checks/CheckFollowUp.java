package org.claimbridge.eligibility.checks;

import java.time.OffsetDateTime;

import org.claimbridge.ehr.EhrOutbox;
import org.claimbridge.ehr.ForwardedEligibility;
import org.claimbridge.eligibility.EligibilityResult;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps after a check's result is stored, in the same transaction: ready claims of flagged coverage are held,
 * and the message of a queued check is queued for the EHR with the result.
 */
@Component
class CheckFollowUp {

    private final ClaimHolds holds;
    private final EhrOutbox ehrOutbox;

    CheckFollowUp(ClaimHolds holds, EhrOutbox ehrOutbox) {
        this.holds = holds;
        this.ehrOutbox = ehrOutbox;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void afterCheck(CompletedCheck completed, String reasons, OffsetDateTime checkedAt) {
        PendingCheck check = completed.check();
        EligibilityResult result = completed.exchange().result();
        holdClaims(completed, reasons);
        CoverageInquiry inquiry = check.inquiry();
        ehrOutbox.enqueue(check.messageId(), new ForwardedEligibility(result.status().name(), completed.flagged(),
                inquiry == null ? null : inquiry.payer().payerId(), inquiry == null ? null : inquiry.dateOfService(),
                result.planBegin(), result.planEnd(), result.copay(), result.deductible(), reasons,
                completed.exchange().interchangeControl(), result.transactionControl(), checkedAt));
    }

    /** Holds the ready claims of a flagged check's coverage, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void holdClaims(CompletedCheck completed, String reasons) {
        if (!completed.flagged()) {
            return;
        }
        PendingCheck check = completed.check();
        FlaggedCheck flagged = new FlaggedCheck(check.id(), check.messageId(),
                completed.exchange().result().status().name(), check.inquiry().dateOfService(), reasons,
                completed.exchange().interchangeControl());
        holds.holdReadyClaims(completed, flagged);
    }
}
