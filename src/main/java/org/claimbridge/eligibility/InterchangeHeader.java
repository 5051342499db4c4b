package org.claimbridge.eligibility;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Control values of one eligibility interchange with one functional group and one transaction set.
 *
 * @param interchangeControlNumber ISA13 and IEA02, also used as GS06 and GE02, 1 to 999999999
 * @param transactionSetControlNumber ST02 and SE02, 4 to 9 characters
 * @param reference BHT03, the originator's reference of the transaction, 1 to 50 characters
 * @param createdAt ISA09/ISA10, GS04/GS05 and BHT04/BHT05, in the offset's local date and time
 */
record InterchangeHeader(
        long interchangeControlNumber,
        String transactionSetControlNumber,
        String reference,
        OffsetDateTime createdAt) {

    static final long MAX_CONTROL_NUMBER = 999_999_999L;

    InterchangeHeader {
        if (interchangeControlNumber < 1 || interchangeControlNumber > MAX_CONTROL_NUMBER) {
            throw new IllegalArgumentException("ISA13 is " + interchangeControlNumber + " but must be between 1 and "
                    + MAX_CONTROL_NUMBER);
        }
        Objects.requireNonNull(transactionSetControlNumber, "ST02 transactionSetControlNumber");
        Objects.requireNonNull(reference, "BHT03 reference");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Returns ISA13 as 9 digits. */
    String isa13() {
        return String.format("%09d", interchangeControlNumber);
    }

    /** Returns GS06, which this package sets to ISA13 without leading zeros. */
    String gs06() {
        return Long.toString(interchangeControlNumber);
    }
}
