package org.claimbridge.claims.validation;

/** What a broken demographic rule does to a registration or appointment. */
public enum Severity {
    /** The message is answered with AE and nothing is scheduled for it. */
    REJECT,
    /** The message is accepted (AA); the problem is stored as a warning and forwarded with the message. */
    WARN
}
