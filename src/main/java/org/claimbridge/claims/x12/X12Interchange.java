package org.claimbridge.claims.x12;

import java.util.List;
import java.util.Objects;

/**
 * One serialized 837P interchange.
 *
 * @param text the interchange from ISA to IEA, ASCII only, one segment per line
 * @param transliteratedElements number of text elements that had to be changed so that they hold only
 *     printable ASCII and no delimiter
 * @param patientControlNumbers CLM01 of each claim, in the order written
 */
public record X12Interchange(String text, int transliteratedElements, List<String> patientControlNumbers) {

    public X12Interchange {
        Objects.requireNonNull(text, "text");
        patientControlNumbers = List.copyOf(patientControlNumbers);
    }
}
