package org.claimbridge.eligibility.checks;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.claimbridge.audit.AuditEvent;
import org.claimbridge.audit.AuditHop;
import org.claimbridge.audit.AuditTrail;
import org.claimbridge.claims.model.Claim;
import org.claimbridge.claims.model.ServiceLine;
import org.claimbridge.store.ClaimStore;
import org.claimbridge.store.StoredClaim;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holds claims whose coverage an eligibility check flagged: same payer id, same member id and a service line on
 * the checked date of service. A held claim is not batched into an 837P. Both directions are covered: a claim
 * that arrives after the flagged result, and ready claims when a flagged result is recorded.
 */
@Component
public class ClaimHolds {

    private static final Logger log = LoggerFactory.getLogger(ClaimHolds.class);
    private static final String ACTOR = "claim-hold";

    private final EligibilityCheckStore checks;
    private final ClaimStore claims;
    private final AuditTrail audit;

    public ClaimHolds(EligibilityCheckStore checks, ClaimStore claims, AuditTrail audit) {
        this.checks = checks;
        this.claims = claims;
        this.audit = audit;
    }

    /**
     * Holds a claim just stored as ready when a flagged check matches it, in the caller's transaction.
     *
     * @return the hold reason, or null when the claim stays ready
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String holdIfFlagged(long messageId, String controlId, long claimId, Claim claim) {
        if (claim.payer() == null || claim.subscriber() == null) {
            return null;
        }
        List<FlaggedCheck> flagged = checks.findFlagged(claim.payer().payerId(), claim.subscriber().memberId(),
                serviceDates(claim));
        if (flagged.isEmpty()) {
            return null;
        }
        String reason = flagged.get(0).holdReason();
        hold(messageId, controlId, claimId, reason);
        return reason;
    }

    /** Holds the ready claims that a just-recorded flagged check matches, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void holdReadyClaims(CompletedCheck completed, FlaggedCheck flagged) {
        CoverageInquiry inquiry = completed.check().inquiry();
        if (inquiry == null || inquiry.subscriber().memberId() == null || inquiry.payer().payerId() == null) {
            return;
        }
        for (StoredClaim stored : claims.findReadyByCoverage(inquiry.payer().payerId(),
                inquiry.subscriber().memberId())) {
            if (stored.claim() != null && serviceDates(stored.claim()).contains(inquiry.dateOfService())) {
                hold(stored.messageId(), null, stored.id(), flagged.holdReason());
            }
        }
    }

    private void hold(long messageId, String controlId, long claimId, String reason) {
        if (!claims.hold(claimId, reason)) {
            return;
        }
        audit.record(new AuditEvent(AuditHop.HELD, ACTOR, "HELD", messageId, controlId, claimId, null, null, null,
                reason));
        log.info("Claim id={} of message id={} held: {}", claimId, messageId, reason);
    }

    private static Set<LocalDate> serviceDates(Claim claim) {
        Set<LocalDate> dates = new TreeSet<>();
        if (claim.serviceLines() != null) {
            for (ServiceLine line : claim.serviceLines()) {
                if (line != null && line.serviceDate() != null) {
                    dates.add(line.serviceDate());
                }
            }
        }
        return dates;
    }
}
