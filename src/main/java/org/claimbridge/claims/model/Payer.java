package org.claimbridge.claims.model;

/**
 * The health plan that receives the claim.
 *
 * @param payerId the payer id assigned by the clearinghouse (2010BB NM109)
 */
public record Payer(String payerId, String name) {
}
