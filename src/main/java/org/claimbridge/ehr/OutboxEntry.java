package org.claimbridge.ehr;

/**
 * A message due to be forwarded.
 *
 * @param controlId MSH-10 of the forwarded message, which the EHR's MSA-2 must echo
 * @param payload the forwarded message in {@code charset}
 * @param attempts attempts made before this one
 */
record OutboxEntry(long id, long messageId, String controlId, String charset, byte[] payload, int attempts) {
}
