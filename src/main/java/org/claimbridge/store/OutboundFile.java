package org.claimbridge.store;

/**
 * An interchange on its way out: the plaintext X12 before encryption, or the OpenPGP file after it.
 *
 * @param attempts upload attempts made so far
 */
public record OutboundFile(long interchangeId, long interchangeControl, String fileName, byte[] content,
        int attempts) {
}
