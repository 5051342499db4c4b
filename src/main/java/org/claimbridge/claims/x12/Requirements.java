package org.claimbridge.claims.x12;

import java.util.Collection;

import org.claimbridge.claims.model.Claim;
import org.claimbridge.claims.model.PersonName;
import org.claimbridge.x12.X12Text;

/**
 * Checks values that 005010X222A1 requires before they are written. Claims are meant to be validated
 * before they reach the writer, so a failure here means a check is missing upstream. Messages name CLM01
 * and the element, never the value, because the value may be PHI.
 */
final class Requirements {

    private Requirements() {
    }

    /**
     * Returns the value, or throws IllegalArgumentException when it is null, an empty collection, or text
     * that is empty once {@link X12Text} has removed what X12 cannot carry.
     */
    static <T> T require(T value, Claim claim, String element) {
        if (value == null || (value instanceof String text && X12Text.transliterate(text).isEmpty())
                || (value instanceof Collection<?> values && values.isEmpty())) {
            throw new IllegalArgumentException("Claim CLM01=" + claim.patientControlNumber() + " has no "
                    + element + ", which 005010X222A1 requires. Reject the claim before it reaches the 837P writer");
        }
        return value;
    }

    /** Returns the name, or throws IllegalArgumentException when it or its last name (NM103) is missing. */
    static PersonName requireName(PersonName name, Claim claim, String element) {
        require(name, claim, element);
        require(name.last(), claim, element + " last name (NM103)");
        return name;
    }
}
