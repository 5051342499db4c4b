package org.claimbridge.intake.hl7;

/** MSA-1 acknowledgement codes of original mode (HL7 table 0008). */
public enum AckCode {
    /** Application accept: the claim was taken. */
    AA,
    /** Application error: the message was read but the claim has problems listed in ERR. */
    AE,
    /** Application reject: the message could not be read or is not a supported type or version. */
    AR
}
