package org.claimbridge.store;

import org.claimbridge.claims.model.Claim;

/**
 * A claim row with its decrypted content.
 *
 * @param claim the claim, or null when the stored data could not be decrypted or read
 */
public record StoredClaim(long id, long messageId, Claim claim) {
}
