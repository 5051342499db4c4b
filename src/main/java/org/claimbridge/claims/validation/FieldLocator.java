package org.claimbridge.claims.validation;

/** Maps a claim field to its place in the received message, so that violations name what the sender sent. */
public interface FieldLocator {

    /**
     * Returns the location of a field.
     *
     * @param field the claim field
     * @param occurrence one-based occurrence for repeating fields (which service line, which diagnosis);
     *     1 for fields that occur once
     */
    FieldLocation locate(ClaimField field, int occurrence);
}
