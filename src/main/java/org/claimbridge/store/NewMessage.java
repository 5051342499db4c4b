package org.claimbridge.store;

/**
 * A received message about to be stored.
 *
 * @param channel the transport, for example HL7V2_MLLP
 * @param peer the remote address it came from
 * @param payload the message bytes exactly as received; stored encrypted
 * @param payloadSha256 hex SHA-256 of {@code payload}
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
        String ackCode,
        String acknowledgement) {
}
