package org.claimbridge.store;

/**
 * A freshly written X12 interchange.
 *
 * @param x12 the interchange text in US-ASCII; stored encrypted
 */
public record NewInterchange(long interchangeControl, long groupControl, long transactionControl, String fileName,
        byte[] x12, String x12Sha256) {
}
