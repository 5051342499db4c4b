package org.claimbridge.store;

/** The stage of a claim on its way to the clearinghouse. */
public enum ClaimStatus {
    /** Accepted and waiting for the next batch. */
    READY,
    /** Written into an interchange; the interchange row tracks encryption and upload. */
    BATCHED,
    /** Could not be read back or written as X12; kept for support with a REJECTED audit row. */
    FAILED,
    /**
     * Not batched because an eligibility check flagged its coverage (payer, member id and date of service). The
     * row's hold_reason names the check. A person releases or cancels it.
     */
    HELD
}
