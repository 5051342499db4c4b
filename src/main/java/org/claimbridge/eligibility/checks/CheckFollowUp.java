package org.claimbridge.eligibility.checks;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** What happens after a check's result is stored, in the same transaction: flagged coverage holds claims. */
@Component
class CheckFollowUp {

    private final ClaimHolds holds;

    CheckFollowUp(ClaimHolds holds) {
        this.holds = holds;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void afterCheck(CompletedCheck completed, String reasons) {
        if (completed.flagged()) {
            PendingCheck check = completed.check();
            FlaggedCheck flagged = new FlaggedCheck(check.id(), check.messageId(),
                    completed.exchange().result().status().name(), check.inquiry().dateOfService(), reasons,
                    completed.exchange().interchangeControl());
            holds.holdReadyClaims(completed, flagged);
        }
    }
}
