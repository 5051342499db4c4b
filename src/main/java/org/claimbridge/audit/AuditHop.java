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
    UPLOAD_FAILED
}
