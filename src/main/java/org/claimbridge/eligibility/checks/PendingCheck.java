package org.claimbridge.eligibility.checks;

/**
 * An eligibility check waiting to be sent.
 *
 * @param inquiry the decrypted inquiry, or null when the stored data could not be read
 */
public record PendingCheck(long id, long messageId, String controlId, CoverageInquiry inquiry) {
}
