package org.claimbridge.claims.x12;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Control numbers and creation time of one 837P interchange. The caller allocates the numbers so that
 * they are unique per trading partner, because acknowledgements (TA1, 999) refer back to them.
 *
 * @param interchangeControlNumber ISA13 and IEA02, 1 to 999999999, written as 9 digits
 * @param groupControlNumber GS06 and GE02, 1 to 999999999
 * @param transactionSetControlNumber ST02 and SE02 of the transaction set, 1 to 999999999, written with
 *     at least 4 digits
 * @param createdAt ISA09/ISA10, GS04/GS05 and BHT04/BHT05, in the offset's local date and time
 */
public record InterchangeControl(
        long interchangeControlNumber,
        long groupControlNumber,
        long transactionSetControlNumber,
        OffsetDateTime createdAt) {

    /** Largest value of a 9-digit control number. */
    public static final long MAX_CONTROL_NUMBER = 999_999_999L;

    public InterchangeControl {
        requireControlNumber("ISA13 interchangeControlNumber", interchangeControlNumber);
        requireControlNumber("GS06 groupControlNumber", groupControlNumber);
        requireControlNumber("ST02 transactionSetControlNumber", transactionSetControlNumber);
        Objects.requireNonNull(createdAt, "createdAt is required: pass the time the interchange is built");
    }

    private static void requireControlNumber(String name, long value) {
        if (value < 1 || value > MAX_CONTROL_NUMBER) {
            throw new IllegalArgumentException(name + " is " + value + " but must be between 1 and "
                    + MAX_CONTROL_NUMBER + ". Allocate the next number from the control number sequence");
        }
    }
}
