package org.claimbridge.audit;

/** The hops a message, claim or interchange passes through, one audit row each. */
public enum AuditHop {
    RECEIVED,
    STORED,
    DUPLICATE,
    VALIDATED,
    REJECTED,
    ACKNOWLEDGED,
    CLAIM_BUILT,
    TRANSLITERATED,
    ENCRYPTED,
    UPLOADED,
    UPLOAD_FAILED,
    /** An accepted registration or appointment with coverage waits for its eligibility check. */
    ELIGIBILITY_QUEUED,
    /** A 271 arrived, a cached result was reused, or the exchange failed; the outcome is the status. */
    ELIGIBILITY_CHECKED,
    /** A claim is held instead of batched because its coverage was flagged. */
    HELD,
    /** An accepted registration or appointment waits in the outbox to be forwarded to the EHR. */
    FORWARD_QUEUED,
    /** The EHR acknowledged the forwarded message with AA or CA. */
    FORWARDED,
    /** Forwarding failed; it is retried with backoff. */
    FORWARD_FAILED,
    /** Forwarding gave up: the outbox row is dead-lettered and needs a person. */
    DEAD_LETTERED
}
