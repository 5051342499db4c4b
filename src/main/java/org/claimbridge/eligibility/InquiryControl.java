package org.claimbridge.eligibility;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Control values of one 270 inquiry.
 *
 * @param interchangeControlNumber ISA13, also GS06, 1 to 999999999
 * @param traceNumber TRN02 of the patient loop and BHT03, 1 to 50 letters, digits or hyphens; the payer echoes
 *     it in the 271 TRN*2
 * @param createdAt the time the inquiry is built
 */
public record InquiryControl(long interchangeControlNumber, String traceNumber, OffsetDateTime createdAt) {

    private static final Pattern TRACE = Pattern.compile("[A-Za-z0-9\\-]{1,50}");

    public InquiryControl {
        if (interchangeControlNumber < 1 || interchangeControlNumber > InterchangeHeader.MAX_CONTROL_NUMBER) {
            throw new IllegalArgumentException("ISA13 interchangeControlNumber is " + interchangeControlNumber
                    + " but must be between 1 and " + InterchangeHeader.MAX_CONTROL_NUMBER);
        }
        if (traceNumber == null || !TRACE.matcher(traceNumber).matches()) {
            throw new IllegalArgumentException("TRN02 traceNumber is '" + traceNumber
                    + "' but must have 1 to 50 letters, digits or hyphens");
        }
        Objects.requireNonNull(createdAt, "createdAt is required: pass the time the inquiry is built");
    }
}
