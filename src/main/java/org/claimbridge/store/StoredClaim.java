package org.claimbridge.store;

import org.claimbridge.claims.model.Claim;

/** A claim row with its decrypted content. */
public record StoredClaim(long id, long messageId, Claim claim) {
}
