package org.claimbridge.store;

/** Where a claim is on its way to the clearinghouse. */
public enum ClaimStatus {
    /** Accepted and waiting for the next batch. */
    READY,
    /** Written into an interchange; the interchange row tracks encryption and upload. */
    BATCHED,
    /** Could not be read back or written as X12; kept for support with a REJECTED audit row. */
    FAILED
}
