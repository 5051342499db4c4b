package org.claimbridge.store;

/**
 * A received message about to be stored.
 *
 * @param channel the transport, for example HL7V2_MLLP
 * @param peer the remote address it came from
 * @param payload the message bytes exactly as received; stored encrypted
 * @param payloadSha256 hex SHA-256 of {@code payload}
 * @param contentSha256 hex SHA-256 of the payload without its MSH segment, which distinguishes a resend from a
 *     different message that reuses the key
 */
public record NewMessage(
        String channel,
        String peer,
        MessageKey key,
        String messageType,
        String version,
        String charset,
        byte[] payload,
        String payloadSha256,
        String contentSha256,
        String ackCode,
        String acknowledgement) {
}
