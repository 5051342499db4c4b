package org.claimbridge.eligibility;

/** Outcome of an eligibility inquiry, as read from the 271 or from the failure to get one. */
public enum EligibilityStatus {

    /** The patient has active coverage: EB01 1 to 5 in loop 2110C or 2110D. */
    ACTIVE,

    /** The patient's coverage is inactive: EB01 6, 7 or 8, and no active coverage. */
    INACTIVE,

    /** The payer rejected the inquiry with one or more AAA segments. */
    REJECTED,

    /** The payer did not find the subscriber: an AAA segment with reason code 75. */
    UNKNOWN_MEMBER,

    /** No usable 271: timeout, connection or TLS failure, CORE envelope error, or an unreadable 271. */
    ERROR
}
