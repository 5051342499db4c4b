package org.claimbridge.claims.validation;

/** The effect of a broken demographic rule on a registration or appointment. */
public enum Severity {
    /** The message is acknowledged with AE and nothing is scheduled for it. */
    REJECT,
    /** The message is accepted (AA); the problem is stored as a warning and forwarded with the message. */
    WARN
}
