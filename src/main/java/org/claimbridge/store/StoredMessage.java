package org.claimbridge.store;

/**
 * A stored inbound message.
 *
 * @param controlId MSH-10, or the content hash when the message had none
 * @param messageType MSH-9 as received
 * @param charset the charset the payload was decoded with
 * @param payload the message bytes exactly as received, decrypted
 */
public record StoredMessage(long id, String controlId, String messageType, String charset, byte[] payload) {
}
