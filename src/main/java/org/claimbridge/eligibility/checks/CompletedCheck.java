package org.claimbridge.eligibility.checks;

import java.util.Set;

import org.claimbridge.eligibility.EligibilityExchange;
import org.claimbridge.eligibility.EligibilityStatus;

/**
 * A check with the outcome of its exchange.
 *
 * @param exchange the result and the 270's identifiers
 */
public record CompletedCheck(PendingCheck check, EligibilityExchange exchange) {

    /** Statuses that flag the coverage, so that matching claims are held. */
    static final Set<EligibilityStatus> FLAGGED = Set.of(EligibilityStatus.INACTIVE,
            EligibilityStatus.UNKNOWN_MEMBER, EligibilityStatus.REJECTED);

    /** Returns whether the coverage is flagged: inactive, unknown member or rejected with AAA segments. */
    public boolean flagged() {
        return FLAGGED.contains(exchange.result().status());
    }
}
